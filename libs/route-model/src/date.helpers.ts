import { TZDate } from '@date-fns/tz';
import { format, formatDistanceStrict } from 'date-fns';
import { parseIsoDate } from './value.compare.js';

// Numbers below this are read as Unix seconds, above as milliseconds (1e11 s is the year 5138, 1e11 ms is 1973).
const SECONDS_CUTOFF = 1e11;

/** A Date from a Date, an ISO 8601 string, or Unix seconds / milliseconds (number or numeric string). */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  const numeric = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof numeric === 'number' && Number.isFinite(numeric)) {
    return new Date(Math.abs(numeric) < SECONDS_CUTOFF ? numeric * 1000 : numeric);
  }
  if (typeof value !== 'string') return undefined;
  const time = parseIsoDate(value.trim());
  return time === undefined ? undefined : new Date(time);
}

/**
 * `{{formatDate timestamp "yyyy-MM-dd HH:mm" "Europe/Berlin"}}` — date-fns format tokens, IANA time zone
 * (default UTC). A value that is not a date, an unknown zone or a bad pattern leaves the value as it was.
 */
export function formatDate(value: unknown, pattern?: unknown, timeZone?: unknown): string {
  const date = toDate(value);
  if (!date) return value === undefined || value === null ? '' : String(value);
  const zone = typeof timeZone === 'string' && timeZone ? timeZone : 'UTC';
  const defaultPattern = zone === 'UTC' ? "yyyy-MM-dd HH:mm 'UTC'" : 'yyyy-MM-dd HH:mm zzz';
  try {
    const zoned = new TZDate(date.getTime(), zone);
    if (Number.isNaN(zoned.getTime())) return String(value);
    return format(zoned, typeof pattern === 'string' && pattern ? pattern : defaultPattern);
  } catch {
    return String(value);
  }
}

/**
 * `{{timeAgo data.started_at}}` → "5 minutes ago", measured from the event's own timestamp (or an explicit
 * second date) rather than the clock, so a message renders the same on every retry and in previews.
 */
export function timeAgo(value: unknown, relativeTo: unknown): string {
  const date = toDate(value);
  const base = toDate(relativeTo);
  if (!date || !base) return '';
  if (date.getTime() === base.getTime()) return 'at the same time';
  return formatDistanceStrict(date, base, { addSuffix: true });
}

const UNITS: Array<[suffix: string, ms: number]> = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000]];

/** Milliseconds from seconds (default) or ms, a numeric string, or a clock string like "00:05:23". */
export function toDurationMs(value: unknown, unit: unknown): number | undefined {
  if (typeof value === 'string' && /^\d+(:\d{1,2}){1,2}$/.test(value.trim())) {
    const seconds = value.trim().split(':').reduce((total, part) => total * 60 + Number(part), 0);
    return seconds * 1000;
  }
  const amount = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
  return unit === 'ms' ? amount : amount * 1000;
}

/** `{{duration 323}}` → "5m 23s"; `{{duration 1500 "ms"}}` → "1s"; `{{duration "00:05:23"}}` → "5m 23s". */
export function duration(value: unknown, unit?: unknown): string {
  const ms = toDurationMs(value, unit);
  if (ms === undefined) return value === undefined || value === null ? '' : String(value);
  const sign = ms < 0 ? '-' : '';
  let remaining = Math.abs(ms);
  if (remaining < 1000) return `${sign}${Math.round(remaining)}ms`;
  const parts: string[] = [];
  for (const [suffix, size] of UNITS) {
    const count = Math.floor(remaining / size);
    remaining -= count * size;
    if (count > 0) parts.push(`${count}${suffix}`);
  }
  return sign + parts.join(' ');
}
