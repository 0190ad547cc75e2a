// Alertmanager's matcher grammar applied to Signalbox events: `name op value` with op `=`, `!=`, `=~`, `!~`.
// Pure and framework-free: the API (validation, preview), the worker (enforcement) and the dry run share it.
import { readField } from './event.field.js';
import { compileRegex } from './regex.parse.js';
import { regexProblem } from './regex.safety.js';

export const MATCHER_OPERATORS = ['=', '!=', '=~', '!~'] as const;
export type MatcherOperator = (typeof MATCHER_OPERATORS)[number];

export interface SilenceMatcher {
  /** `type`, `source`, `subject`, `severity`, `id` or a `data.*` path such as `data.labels.env`. */
  name: string;
  op: MatcherOperator;
  value: string;
}

/** Top-level event fields a matcher may name; `data.<path>` reaches into the payload. */
export const MATCHER_FIELDS = ['type', 'source', 'subject', 'severity', 'id'] as const;

// Like RE2 in regex.parse.ts: long inputs are cut so one matcher's cost stays bounded per event.
const MAX_MATCH_INPUT = 10_000;

/** Why a matcher's field name is unusable, or undefined. */
export function matcherNameProblem(name: string): string | undefined {
  if ((MATCHER_FIELDS as readonly string[]).includes(name)) return undefined;
  if (/^data(\.[^.\s]+)+$/.test(name)) return undefined;
  return `must be one of ${MATCHER_FIELDS.join(', ')} or a data.<path> such as data.labels.env`;
}

/**
 * Alertmanager anchors every regex matcher at both ends: `=~ "web.*"` matches "web-1" but not "a-web-1".
 * The same anchoring is spelled out here, and the pattern runs on RE2 (linear time, no backtracking).
 */
const anchored = (value: string) => `^(?:${value})$`;

/** Why a matcher's value cannot be used (a regex RE2 cannot compile), or undefined. */
export function matcherValueProblem(matcher: SilenceMatcher): string | undefined {
  if (matcher.op !== '=~' && matcher.op !== '!~') return undefined;
  return regexProblem(anchored(matcher.value));
}

/**
 * The field as a matcher sees it: Alertmanager treats a missing label as the empty string, so
 * `env=""` matches events without `env` and `env!=""` requires it. Non-strings are compared as JSON text.
 */
export function matcherInput(event: unknown, name: string): string {
  const value = readField(event, name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.slice(0, MAX_MATCH_INPUT);
  return (typeof value === 'object' ? JSON.stringify(value) : String(value)).slice(0, MAX_MATCH_INPUT);
}

/** Does one matcher hold for this value? An uncompilable regex never matches (validation refuses it first). */
export function matchesValue(matcher: SilenceMatcher, input: string): boolean {
  switch (matcher.op) {
    case '=':
      return input === matcher.value;
    case '!=':
      return input !== matcher.value;
    case '=~':
    case '!~': {
      const regex = compileRegex(anchored(matcher.value));
      if (regex instanceof Error) return false;
      return regex.test(input) === (matcher.op === '=~');
    }
  }
}

/** A silence matches an event when EVERY matcher holds (Alertmanager's rule). */
export function matchesAll(matchers: readonly SilenceMatcher[], event: unknown): boolean {
  return matchers.length > 0 && matchers.every((m) => matchesValue(m, matcherInput(event, m.name)));
}

/** `severity="critical"`, `data.env=~"prod|staging"`: how Alertmanager prints a matcher. */
export const formatMatcher = (m: SilenceMatcher) => `${m.name}${m.op}${JSON.stringify(m.value)}`;
