// Mute timings: recurring weekly windows in an IANA time zone, after Alertmanager's `time_intervals`
// (`weekdays: ['monday:friday']`, `times: [{start_time: '17:00', end_time: '24:00'}]`, `location`).
// Within an interval, weekdays AND times must hold; a mute timing is muting when ANY interval holds.
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
  (interval.times ?? []).forEach((range, i) => {
    const start = minutesOf(range.startTime);
    const end = minutesOf(range.endTime);
    if (start === undefined || start === 24 * 60) problems.push([`times.${i}.startTime`, 'must be a time HH:MM from 00:00 to 23:59']);
    else if (end === undefined) problems.push([`times.${i}.endTime`, 'must be a time HH:MM from 00:01 to 24:00']);
    else if (end <= start) problems.push([`times.${i}.endTime`, 'must be after startTime (a window over midnight is two ranges)']);
  });
  return problems;
}

/** Does the interval hold at this wall-clock moment? */
function holds(interval: WeeklyInterval, weekday: number, minute: number): boolean {
  const weekdays = interval.weekdays ?? [];
  if (weekdays.length > 0 && !weekdays.some((e) => { const d = weekdaysOf(e); return Array.isArray(d) && d.includes(weekday); })) return false;
  const times = interval.times ?? [];
  if (times.length === 0) return true;
  return times.some((t) => minute >= (minutesOf(t.startTime) ?? Infinity) && minute < (minutesOf(t.endTime) ?? -Infinity));
}

/** Is the mute timing muting at `at`, read on the wall clock of its time zone (daylight saving included)? */
export function isMuted(timing: Pick<MuteTimingRule, 'timeZone' | 'intervals'>, at: Date | number): boolean {
  const local = new TZDate(at instanceof Date ? at.getTime() : at, timing.timeZone);
  const weekday = local.getDay();
  const minute = local.getHours() * 60 + local.getMinutes();
  return timing.intervals.some((interval) => holds(interval, weekday, minute));
}
