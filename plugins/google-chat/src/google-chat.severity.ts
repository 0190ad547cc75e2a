import type { Severity } from '@signalbox/plugin-sdk';

/** Cards have no coloured side bar; severity shows as an emoji and label in the header subtitle and fallback text. */
export const SEVERITY_STYLE: Record<Severity, { emoji: string; label: string }> = {
  critical: { emoji: '🔴', label: 'Critical' },
  high: { emoji: '🟠', label: 'High' },
  warning: { emoji: '🟡', label: 'Warning' },
  info: { emoji: '🔵', label: 'Info' },
};

export function severityStyle(severity: string): { emoji: string; label: string } {
  return SEVERITY_STYLE[severity as Severity] ?? SEVERITY_STYLE.info;
}
