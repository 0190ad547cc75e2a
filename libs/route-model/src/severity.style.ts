import type { Severity } from './event.schema.js';
import { normalizeSeverity } from './severity.normalize.js';

export interface SeverityStyle {
  /** Colour as #rrggbb, the same in templates, channel payloads and the editor's previews. */
  color: string;
  /** A Unicode circle of that colour, so severity reads where a platform has no colour. */
  emoji: string;
  label: string;
}

/** One look per severity for every channel: red, orange, yellow, blue — the colours people read as alert levels. */
export const SEVERITY_STYLE: Record<Severity, SeverityStyle> = {
  critical: { emoji: '🔴', color: '#D32F2F', label: 'Critical' },
  high: { emoji: '🟠', color: '#F57C00', label: 'High' },
  warning: { emoji: '🟡', color: '#FBC02D', label: 'Warning' },
  info: { emoji: '🔵', color: '#1976D2', label: 'Info' },
};

const UNKNOWN: SeverityStyle = { emoji: '⚪', color: '#9E9E9E', label: 'Unknown' };

/** The style of any severity value (aliases such as "error" or "P1" normalised); grey for what is not one. */
export function severityStyle(value: unknown): SeverityStyle {
  const severity = normalizeSeverity(value);
  return severity ? SEVERITY_STYLE[severity] : UNKNOWN;
}

/** The colour as an integer (0xRRGGBB), for platforms that want a number. */
export const severityColorNumber = (value: unknown): number => Number.parseInt(severityStyle(value).color.slice(1), 16);
