import { normalizeSeverity, SEVERITIES, type Severity } from '@signalbox/route-model';

/**
 * The one place an inbound tool's severity word becomes a Signalbox severity: the source's own override table
 * first (keys compared case-insensitively), then the built-in table in `@signalbox/route-model`
 * (`normalizeSeverity`: CRITICAL, HIGH, error, warn, P1–P5, …), else `fallback`. README "Inbound sources" lists it.
 */
export function sourceSeverity(raw: unknown, overrides: Record<string, string>, fallback: Severity = 'info'): Severity {
  if (typeof raw === 'string') {
    const key = raw.trim().toLowerCase();
    const override = Object.entries(overrides).find(([word]) => word.trim().toLowerCase() === key)?.[1];
    if (override && (SEVERITIES as readonly string[]).includes(override)) return override as Severity;
  }
  return normalizeSeverity(raw) ?? fallback;
}
