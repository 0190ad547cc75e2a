import { ALERT_RULES, type AlertMatch, type AlertPairRule } from './alert.rules.js';
import type { AlertKind } from './alert.types.js';
import type { SignalboxEvent } from './event.schema.js';
import { readField } from './event.field.js';

/** PagerDuty's dedup_key limit; the fingerprint doubles as it. */
export const MAX_FINGERPRINT = 255;

type AlertEvent = Pick<SignalboxEvent, 'type' | 'source' | 'subject' | 'data'>;

const matches = (match: AlertMatch, event: AlertEvent): boolean => {
  if (match.type !== event.type) return false;
  if (!match.field) return true;
  const value = readField(event, match.field);
  return typeof value === 'string' && (match.values ?? []).includes(value.trim().toLowerCase());
};

/** The pair rule the event belongs to, and which side of it. */
export function alertRuleFor(event: AlertEvent): { kind: Exclude<AlertKind, 'none'>; rule: AlertPairRule } | undefined {
  for (const rule of ALERT_RULES) {
    if (matches(rule.problem, event)) return { kind: 'problem', rule };
    if (matches(rule.recovery, event)) return { kind: 'recovery', rule };
  }
  return undefined;
}

/** problem (opens or repeats an alert), recovery (closes it) or none, from the catalogue's pairs. */
export function classifyAlert(event: AlertEvent): AlertKind {
  return alertRuleFor(event)?.kind ?? 'none';
}

/** Why a send node skips this event, or undefined: a recovery on a send node with `sendResolved: false`. */
export function sendResolvedSkip(config: { sendResolved?: boolean }, event: AlertEvent & Pick<SignalboxEvent, 'alert'>): string | undefined {
  if (config.sendResolved !== false) return undefined;
  return (event.alert?.kind ?? classifyAlert(event)) === 'recovery' ? 'a recovery, and this send node has send_resolved off' : undefined;
}

const scalar = (value: unknown): string | undefined =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' ? String(value).trim() : undefined;

/**
 * Identifies one alert, the same for its problem and its recovery: `<source>:<family>:<key values>`, e.g.
 * `ai-admin-panel:service.health:Acme Corp/my-app`. An event that carries its own `data.fingerprint`
 * (a string; Alertmanager and Grafana do) uses that as is: the configurable key for any sender.
 * Over 255 characters (PagerDuty's dedup_key limit), the end is replaced by a hash of the whole.
 */
export function alertFingerprint(event: AlertEvent, rule: Pick<AlertPairRule, 'family' | 'key'>): string {
  const explicit = scalar(readField(event, 'data.fingerprint'));
  const values = rule.key.map((path) => scalar(readField(event, path))).filter((v): v is string => v !== undefined);
  const identity = values.length > 0 ? values.join('/') : (scalar(event.subject) ?? '');
  const fingerprint = explicit ?? `${event.source}:${rule.family}:${identity}`;
  return fingerprint.length <= MAX_FINGERPRINT ? fingerprint : `${fingerprint.slice(0, 200)}~${fnv1a64(fingerprint)}`;
}

/** FNV-1a over UTF-16 units, 64 bits, as hex: a short deterministic digest without Node's crypto (this file runs anywhere). */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

const UNITS: Array<[string, number]> = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1_000]];

/** "7 minutes", "1 hour 5 minutes", "2 days", "45 seconds": the largest unit and the next one, rounded down. */
export function durationText(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  const index = UNITS.findIndex(([, size]) => total >= size);
  if (index < 0) return '0 seconds';
  const plural = (count: number, name: string) => `${count} ${name}${count === 1 ? '' : 's'}`;
  const [name, size] = UNITS[index]!;
  const parts = [plural(Math.floor(total / size), name)];
  const next = UNITS[index + 1];
  const remainder = next ? Math.floor((total % size) / next[1]) : 0;
  if (next && remainder > 0) parts.push(plural(remainder, next[0]));
  return parts.join(' ');
}
