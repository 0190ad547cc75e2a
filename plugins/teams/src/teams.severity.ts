import type { Severity } from '@signalbox/route-model';
import type { TextColor } from './teams.card.types.js';

/**
 * Title colour: Adaptive Cards offer semantic colours only. attention (red) for critical, warning (amber) for
 * high and warning, accent (blue) for info; "good" (green) reads as "resolved", which no severity means. The
 * label in the line below tells high and warning apart.
 */
export const SEVERITY_STYLE: Record<Severity, { color: TextColor; label: string; emoji: string }> = {
  critical: { color: 'attention', label: 'Critical', emoji: '🔴' },
  high: { color: 'warning', label: 'High', emoji: '🟠' },
  warning: { color: 'warning', label: 'Warning', emoji: '🟡' },
  info: { color: 'accent', label: 'Info', emoji: '🔵' },
};

export function severityStyle(severity: string): { color: TextColor; label: string; emoji: string } {
  return SEVERITY_STYLE[severity as Severity] ?? SEVERITY_STYLE.info;
}
