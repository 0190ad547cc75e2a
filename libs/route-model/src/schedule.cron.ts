import { Cron } from 'croner';
import type { TriggerSchedule } from './route.schema.js';

/**
 * The cron dialect a schedule trigger accepts: the five classic fields, numbers, `*`, ranges, steps, lists and
 * three-letter month/day names. Temporal Schedules and croner (which computes windows and previews) read
 * exactly this subset the same way; Temporal's six- and seven-field forms put a year last where croner puts
 * seconds first, and `L`/`W`/`#` are croner-only, so those are refused rather than read two ways.
 */
const FIELD = /^(?:[0-9]+|\*|[A-Za-z]{3})(?:[-/,](?:[0-9]+|\*|[A-Za-z]{3}))*$/;
const FIELD_NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week'] as const;

const restricted = (field: string) => field !== '*' && field !== '?';

function parse(schedule: TriggerSchedule): Cron {
  // `paused`: a pattern evaluator, never a timer (this runs in the API, the worker and the browser).
  return new Cron(schedule.cron.trim(), { timezone: schedule.timeZone, paused: true, mode: '5-part' });
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a schedule, keyed by the field at fault ('cron' or 'timeZone'); empty when it is fine. */
export function scheduleProblems(schedule: TriggerSchedule): Array<{ field: 'cron' | 'timeZone'; problem: string }> {
  const problems: Array<{ field: 'cron' | 'timeZone'; problem: string }> = [];
  if (!isValidTimeZone(schedule.timeZone)) problems.push({ field: 'timeZone', problem: `"${schedule.timeZone}" is not an IANA time zone (e.g. "UTC", "Europe/Berlin")` });
  const fields = schedule.cron.trim().split(/\s+/);
  if (fields.length !== 5) {
    problems.push({ field: 'cron', problem: `needs 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}` });
    return problems;
  }
  const bad = fields.findIndex((field) => !FIELD.test(field));
  if (bad >= 0) {
    problems.push({ field: 'cron', problem: `${FIELD_NAMES[bad]} "${fields[bad]}" is not supported (use numbers, *, ranges a-b, steps /n, lists a,b or names like MON)` });
    return problems;
  }
  // Classic cron ORs a restricted day of month with a restricted day of week; Temporal ANDs them. Refuse the ambiguity.
  if (restricted(fields[2]!) && restricted(fields[4]!)) {
    problems.push({ field: 'cron', problem: 'restricts both day of month and day of week; keep one of them "*"' });
    return problems;
  }
  try {
    parse({ ...schedule, timeZone: problems.length ? 'UTC' : schedule.timeZone });
  } catch (error) {
    problems.push({ field: 'cron', problem: (error as Error).message.replace(/^CronPattern: /, '') });
  }
  return problems;
}

/** The next `count` ticks strictly after `from`. */
export function nextScheduleRuns(schedule: TriggerSchedule, count: number, from: Date): Date[] {
  return parse(schedule).nextRuns(count, from);
}

/** The tick strictly before `at`: where the window of the tick at `at` starts (undefined if there is none). */
export function previousScheduleRun(schedule: TriggerSchedule, at: Date): Date | undefined {
  return parse(schedule).previousRuns(1, at)[0];
}
