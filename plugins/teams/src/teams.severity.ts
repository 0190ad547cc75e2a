import { severityStyle, type SeverityStyle } from '@signalbox/plugin-sdk';
import type { TextColor } from './teams.card.types.js';

/**
 * Title colour: Adaptive Cards offer semantic colours only. attention (red) for critical, warning (amber) for
 * high and warning, accent (blue) for info; "good" (green) reads as "resolved", which no severity means. The
 * label in the line below (from the SDK, like the emoji) tells high and warning apart.
 */
const TEAMS_COLOR: Record<string, TextColor> = { Critical: 'attention', High: 'warning', Warning: 'warning', Info: 'accent' };

export function teamsSeverity(severity: unknown): SeverityStyle & { teamsColor: TextColor } {
  const style = severityStyle(severity);
  return { ...style, teamsColor: TEAMS_COLOR[style.label] ?? 'default' };
}
