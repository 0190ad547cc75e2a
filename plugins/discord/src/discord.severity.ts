import type { Severity } from '@signalbox/route-model';

/** The embed's side bar: red, orange, yellow, blue — the colours people already read as alert levels. */
export const SEVERITY_COLOR: Record<Severity, number> = {
  critical: 0xe01e5a,
  high: 0xf2711c,
  warning: 0xf2c744,
  info: 0x3b88c3,
};

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', high: 'High', warning: 'Warning', info: 'Info' };

export function severityColor(severity: string): number {
  return SEVERITY_COLOR[severity as Severity] ?? SEVERITY_COLOR.info;
}

export function severityLabel(severity: string): string {
  return SEVERITY_LABEL[severity as Severity] ?? severity;
}
