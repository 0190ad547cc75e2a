import { dequal } from 'dequal';
import { parseISO } from 'date-fns';
import { tz } from '@date-fns/tz';

export type Comparable = { kind: 'number' | 'date'; value: number };

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;
// ISO strings without an offset are read as UTC so results never depend on the host's time zone.
const utc = tz('UTC');

/** Epoch milliseconds of an ISO 8601 date string, or undefined. */
export function parseIsoDate(value: string): number | undefined {
  if (!ISO_DATE_START.test(value)) return undefined;
  const time = parseISO(value, { in: utc }).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/** Numbers, numeric strings and ISO dates can be ordered; anything else cannot. */
export function toComparable(value: unknown): Comparable | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (NUMERIC.test(text)) return { kind: 'number', value: Number(text) };
  const time = parseIsoDate(text);
  return time === undefined ? undefined : { kind: 'date', value: time };
}

/** Negative, zero or positive like a sort comparator; undefined when the two cannot be ordered. */
export function compareValues(left: unknown, right: unknown): number | undefined {
  const a = toComparable(left);
  const b = toComparable(right);
  if (!a || !b || a.kind !== b.kind) return undefined;
  return a.value - b.value;
}

/** Deep equality, plus scalar leniency: 503 equals "503" and true equals "true" (editor inputs are text). */
export function looseEquals(left: unknown, right: unknown): boolean {
  if (dequal(left, right)) return true;
  const isScalar = (v: unknown) => typeof v === 'number' || typeof v === 'boolean';
  if (typeof left === 'string' && isScalar(right)) return left === String(right);
  if (typeof right === 'string' && isScalar(left)) return right === String(left);
  return false;
}

/** Short, quoted rendering of a value for explanations; `missing` when absent. */
export function describeValue(value: unknown, maxLength = 80): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
