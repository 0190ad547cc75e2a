import type { Severity } from '@signalbox/route-model';

/** Block Kit has no colour for top-level blocks, so severity shows as a coloured-circle emoji and a label. */
export const SEVERITY_STYLE: Record<Severity, { emoji: string; label: string }> = {
  critical: { emoji: ':red_circle:', label: 'Critical' },
  high: { emoji: ':large_orange_circle:', label: 'High' },
  warning: { emoji: ':large_yellow_circle:', label: 'Warning' },
  info: { emoji: ':large_blue_circle:', label: 'Info' },
};

export function severityStyle(severity: string): { emoji: string; label: string } {
  return SEVERITY_STYLE[severity as Severity] ?? SEVERITY_STYLE.info;
}
