import type { Severity } from './event.schema.js';
import { normalizeSeverity } from './severity.normalize.js';

/**
 * Severity for a type whose payload carries none, by its last segment: failures, outages and exceeded
 * limits are high; warnings, expiring certificates and threshold alerts are warnings; everything else
 * (successes, recoveries, reports, changes) is info.
 */
const SEVERITY_BY_TYPE_SUFFIX: Array<[suffix: RegExp, severity: Severity]> = [
  [/[._](failure|failed|down|exceeded)$/, 'high'],
  [/[._](warning|expiring|alert)$/, 'warning'],
];

export function severityFromType(type: string): Severity {
  return SEVERITY_BY_TYPE_SUFFIX.find(([suffix]) => suffix.test(type))?.[1] ?? 'info';
}

/**
 * The payload's own severity field wins (Server Scout "critical", Nemo Router "HIGH"); then the severity the
 * documentation gives for the type (its first word, for ranges such as "WARNING → CRITICAL"); then the type table.
 */
export function sampleSeverity(type: string, payload: Record<string, unknown>, documented?: string): Severity {
  return normalizeSeverity(payload.severity) ?? normalizeSeverity(documented?.split(/\s/)[0]) ?? severityFromType(type);
}
