import { SEVERITIES, type Severity } from './event.schema.js';

// Words other systems use for their levels (Server Scout "critical", Nemo Router "HIGH", syslog "error", ...),
// mapped onto Signalbox's four severities.
const SEVERITY_ALIASES: Record<string, Severity> = {
  critical: 'critical', crit: 'critical', fatal: 'critical', emergency: 'critical', emerg: 'critical',
  high: 'high', error: 'high', err: 'high', major: 'high', severe: 'high',
  warning: 'warning', warn: 'warning', medium: 'warning', minor: 'warning',
  info: 'info', information: 'info', informational: 'info', notice: 'info', low: 'info', debug: 'info', ok: 'info',
  // Priorities (Opsgenie, Jira, PagerDuty-style P1 = most urgent).
  p1: 'critical', p2: 'high', p3: 'warning', p4: 'info', p5: 'info',
};

/** A known severity or alias (case-insensitive) as one of SEVERITIES, else undefined. */
export function normalizeSeverity(value: unknown): Severity | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  return Object.hasOwn(SEVERITY_ALIASES, key) ? SEVERITY_ALIASES[key] : undefined;
}

/** 0 for critical up to 3 for info: lower is more urgent. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverityAtLeast(actual: unknown, minimum: unknown): boolean {
  const actualSeverity = normalizeSeverity(actual);
  const minimumSeverity = normalizeSeverity(minimum);
  if (!actualSeverity || !minimumSeverity) return false;
  return severityRank(actualSeverity) <= severityRank(minimumSeverity);
}
