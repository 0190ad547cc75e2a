// Mute timings: recurring windows in an IANA time zone, after Alertmanager's `time_intervals`
// (`weekdays: ['monday:friday']`, `times: [{start_time: '17:00', end_time: '24:00'}]`, `days_of_month: ['1:5', '-1']`,
// `months: ['december']`, `years: ['2026']`, `location`). Within an interval every field given must hold (an absent
// field holds always); a mute timing is muting when ANY interval holds.
import { TZDate } from '@date-fns/tz';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

export interface TimeRange {
  /** `HH:MM`, inclusive. */
  startTime: string;
  /** `HH:MM`, exclusive; `24:00` is the end of the day. */
  endTime: string;
}

export interface WeeklyInterval {
  /** `monday`, or an inclusive range `monday:friday`. Empty or absent: every day. */
  weekdays?: string[];
  /** Empty or absent: the whole day. */
  times?: TimeRange[];
  /** `1`, `1:5`, or counted from the month's end: `-1` (the last day), `-3:-1`. Empty or absent: every day. */
  daysOfMonth?: string[];
  /** `january`, `january:march`, or numbers `1:3`. Empty or absent: every month. */
  months?: string[];
  /** `2026` or `2026:2027`. Empty or absent: every year. */
  years?: string[];
}

export interface MuteTimingRule {
  id: string;
  name: string;
  timeZone: string;
  intervals: WeeklyInterval[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes since midnight of `HH:MM`, or undefined when it is not a time of day. */
export function minutesOf(time: string): number | undefined {
  if (!TIME.test(time)) return undefined;
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** The weekday numbers (0 = Sunday) a `monday` or `monday:friday` entry covers, or an error text. */
export function weekdaysOf(entry: string): number[] | string {
  const [from, to = from, extra] = entry.toLowerCase().split(':');
  const a = WEEKDAYS.indexOf(from as (typeof WEEKDAYS)[number]);
  const b = WEEKDAYS.indexOf(to as (typeof WEEKDAYS)[number]);
  if (extra !== undefined || a < 0 || b < 0) return `"${entry}" is not a weekday or a range such as monday:friday`;
  if (b < a) return `"${entry}" runs backwards; write ranges forwards (saturday:sunday is two entries: saturday, sunday)`;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** `[from, to]` of a `from` or `from:to` entry, each read by `value` (undefined when it is not one). */
function rangeOf(entry: string, value: (part: string) => number | undefined): [number, number] | undefined {
  const parts = entry.toLowerCase().split(':');
  if (parts.length > 2) return undefined;
  const [from, to = from] = parts.map(value);
  return from === undefined || to === undefined ? undefined : [from, to];
}
const integer = (part: string) => (/^-?\d+$/.test(part.trim()) ? Number(part) : undefined);

/** `[from, to]` days of a `days_of_month` entry (negative: from the month's end), or an error text. */
export function daysOfMonthOf(entry: string): [number, number] | string {
  const range = rangeOf(entry, integer);
  const valid = (d: number) => d !== 0 && d >= -31 && d <= 31;
  if (!range || !range.every(valid)) return `"${entry}" is not a day of the month (1 to 31, or -1 for the last day) or a range such as 1:5`;
  const [from, to] = range;
  if (Math.sign(from) === Math.sign(to) && to < from) return `"${entry}" runs backwards; write ranges forwards (1:5, -3:-1)`;
  return range;
}

/** `[from, to]` months (1 = January) of a `months` entry, or an error text. */
export function monthsOf(entry: string): [number, number] | string {
  const month = (part: string) => {
    const byName = MONTHS.indexOf(part.trim() as (typeof MONTHS)[number]);
    const n = byName >= 0 ? byName + 1 : integer(part);
    return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
  };
  const range = rangeOf(entry, month);
  if (!range) return `"${entry}" is not a month (january or 1) or a range such as january:march`;
  if (range[1] < range[0]) return `"${entry}" runs backwards; write ranges forwards (november:december, january:february)`;
  return range;
}

/** `[from, to]` of a `years` entry, or an error text. */
export function yearsOf(entry: string): [number, number] | string {
  const range = rangeOf(entry, (part) => { const n = integer(part); return n !== undefined && n >= 1970 && n <= 9999 ? n : undefined; });
  if (!range) return `"${entry}" is not a year such as 2026 or a range such as 2026:2027`;
  if (range[1] < range[0]) return `"${entry}" runs backwards; write ranges forwards (2026:2027)`;
  return range;
}

/** Is `timeZone` a zone this runtime knows (IANA name such as Europe/Berlin, or UTC)? */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Problems with one interval, as [path within the interval, message]. */
export function intervalProblems(interval: WeeklyInterval): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  (interval.weekdays ?? []).forEach((entry, i) => {
    const days = weekdaysOf(entry);
    if (typeof days === 'string') problems.push([`weekdays.${i}`, days]);
  });
  const entries: Array<[keyof WeeklyInterval, (entry: string) => unknown]> = [['daysOfMonth', daysOfMonthOf], ['months', monthsOf], ['years', yearsOf]];
  for (const [field, parse] of entries) {
    ((interval[field] as string[] | undefined) ?? []).forEach((entry, i) => {
      const parsed = parse(entry);
      if (typeof parsed === 'string') problems.push([`${field}.${i}`, parsed]);
    });
  }
  (interval.times ?? []).forEach((range, i) => {
    const start = minutesOf(range.startTime);
    const end = minutesOf(range.endTime);
    if (start === undefined || start === 24 * 60) problems.push([`times.${i}.startTime`, 'must be a time HH:MM from 00:00 to 23:59']);
    else if (end === undefined) problems.push([`times.${i}.endTime`, 'must be a time HH:MM from 00:01 to 24:00']);
    else if (end <= start) problems.push([`times.${i}.endTime`, 'must be after startTime (a window over midnight is two ranges)']);
  });
  return problems;
}

/** A field holds when it is absent or empty, or when one of its entries' ranges contains the value. */
function anyRange(entries: string[] | undefined, parse: (entry: string) => [number, number] | string, contains: (range: [number, number]) => boolean): boolean {
  if (!entries?.length) return true;
  return entries.some((entry) => { const range = parse(entry); return typeof range !== 'string' && contains(range); });
}

/**
 * Does `[from, to]` of days_of_month contain `day`? As Alertmanager reads it: a negative day counts from the month's
 * end (-1 = its last day), a range starting after the month's end never holds, and one ending after it stops there.
 */
function containsDay([from, to]: [number, number], day: number, daysInMonth: number): boolean {
  const begin = from < 0 ? daysInMonth + from + 1 : from;
  const end = to < 0 ? daysInMonth + to + 1 : to;
  if (begin > daysInMonth) return false;
  return day >= Math.max(begin, 1) && day <= Math.min(end, daysInMonth);
}

/** Does the interval hold at this wall-clock moment? */
function holds(interval: WeeklyInterval, local: TZDate): boolean {
  const weekdays = interval.weekdays ?? [];
  if (weekdays.length > 0 && !weekdays.some((e) => { const d = weekdaysOf(e); return Array.isArray(d) && d.includes(local.getDay()); })) return false;
  const daysInMonth = new Date(Date.UTC(local.getFullYear(), local.getMonth() + 1, 0)).getUTCDate();
  if (!anyRange(interval.daysOfMonth, daysOfMonthOf, (range) => containsDay(range, local.getDate(), daysInMonth))) return false;
  if (!anyRange(interval.months, monthsOf, ([from, to]) => local.getMonth() + 1 >= from && local.getMonth() + 1 <= to)) return false;
  if (!anyRange(interval.years, yearsOf, ([from, to]) => local.getFullYear() >= from && local.getFullYear() <= to)) return false;
  const times = interval.times ?? [];
  if (times.length === 0) return true;
  const minute = local.getHours() * 60 + local.getMinutes();
  return times.some((t) => minute >= (minutesOf(t.startTime) ?? Infinity) && minute < (minutesOf(t.endTime) ?? -Infinity));
}

/** Is the mute timing muting at `at`, read on the wall clock of its time zone (daylight saving included)? */
export function isMuted(timing: Pick<MuteTimingRule, 'timeZone' | 'intervals'>, at: Date | number): boolean {
  const local = new TZDate(at instanceof Date ? at.getTime() : at, timing.timeZone);
  return timing.intervals.some((interval) => holds(interval, local));
}
