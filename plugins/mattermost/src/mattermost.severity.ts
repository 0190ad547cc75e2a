import type { Severity } from '@signalbox/plugin-sdk';

/** Attachment side-bar colour (Mattermost takes any #rrggbb) and a label, so severity reads without colour too. */
export const SEVERITY_STYLE: Record<Severity, { color: string; label: string }> = {
  critical: { color: '#e01e5a', label: 'Critical' },
  high: { color: '#f2711c', label: 'High' },
  warning: { color: '#ecb22e', label: 'Warning' },
  info: { color: '#2eb6f0', label: 'Info' },
};

export function severityStyle(severity: string): { color: string; label: string } {
  return SEVERITY_STYLE[severity as Severity] ?? SEVERITY_STYLE.info;
}
