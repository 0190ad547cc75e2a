import { describe, expect, it } from 'vitest';
import { createSilenceSchema, muteTimingSchema } from './silence.schema.js';
import { findSilencing, silenceState } from './silence.state.js';
import { matchesAll, type SilenceMatcher } from './silence.matcher.js';
import { isMuted } from './mute-timing.window.js';

const event = {
  id: 'e1', type: 'server.down', source: 'server-scout', severity: 'critical', subject: 'web-1 is down',
  data: { labels: { env: 'prod', region: 'eu-1' }, cpu: 97 },
};
const m = (name: string, op: SilenceMatcher['op'], value: string): SilenceMatcher => ({ name, op, value });

describe('silence matchers (Alertmanager semantics)', () => {
  it.each([
    [[m('type', '=', 'server.down')], true],
    [[m('type', '!=', 'server.down')], false],
    [[m('severity', '=~', 'critical|high')], true],
    [[m('source', '=~', 'server')], false], // fully anchored: a substring is not a match
    [[m('source', '=~', 'server.*')], true],
    [[m('data.labels.env', '!~', 'staging|dev')], true],
    [[m('data.labels.env', '=', 'prod'), m('data.labels.region', '=', 'us-1')], false], // every matcher must hold
    [[m('data.labels.team', '=', '')], true], // a missing field is the empty string
    [[m('data.labels.team', '!=', '')], false],
    [[m('data.cpu', '=', '97')], true],
  ])('%j → %s', (matchers, expected) => {
    expect(matchesAll(matchers, event)).toBe(expected);
  });

  it('runs hostile patterns in linear time (RE2, no backtracking)', () => {
    const hostile = { ...event, subject: 'a'.repeat(5_000) + '!' };
    const started = Date.now();
    expect(matchesAll([m('subject', '=~', '(a|a)+(a+)+$')], hostile)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('silence state', () => {
  const s = { startsAt: '2026-01-01T10:00:00Z', endsAt: '2026-01-01T12:00:00Z' };
  it('is pending before its start, active until its end, expired from the end on', () => {
    expect(silenceState(s, Date.parse('2026-01-01T09:59:59Z'))).toBe('pending');
    expect(silenceState(s, Date.parse('2026-01-01T10:00:00Z'))).toBe('active');
    expect(silenceState(s, Date.parse('2026-01-01T11:59:59Z'))).toBe('active');
    expect(silenceState(s, Date.parse('2026-01-01T12:00:00Z'))).toBe('expired');
  });

  it('findSilencing returns the active silence that matches, not a pending or expired one', () => {
    const rules = [
      { id: 'b', ...s, matchers: [m('type', '=', 'server.down')] },
      { id: 'a', startsAt: '2026-01-01T08:00:00Z', endsAt: '2026-01-01T09:00:00Z', matchers: [m('type', '=', 'server.down')] },
      { id: 'c', ...s, matchers: [m('type', '=', 'other')] },
    ];
    expect(findSilencing(rules, event, Date.parse('2026-01-01T11:00:00Z'))?.id).toBe('b');
    expect(findSilencing(rules, event, Date.parse('2026-01-01T12:00:00Z'))).toBeUndefined();
  });
});

describe('createSilenceSchema', () => {
  const valid = { matchers: [m('type', '=', 'server.down')], endsAt: '2099-01-01T00:00:00Z', createdBy: 'ana', comment: 'maintenance' };
  const issuesOf = (input: unknown) => {
    const r = createSilenceSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a valid silence', () => expect(issuesOf(valid)).toEqual([]));
  it('names the bad field', () => {
    expect(issuesOf({ ...valid, matchers: [m('colour', '=', 'x')] })[0]).toMatch(/^matchers\.0\.name: must be one of/);
    expect(issuesOf({ ...valid, matchers: [m('type', '=~', '(a)\\1')] })[0]).toMatch(/^matchers\.0\.value: regex is not supported/);
    expect(issuesOf({ ...valid, matchers: [{ name: 'type', op: '==', value: 'x' }] })[0]).toMatch(/^matchers\.0\.op/);
    expect(issuesOf({ ...valid, endsAt: '2000-01-01T00:00:00Z' })[0]).toMatch(/^endsAt: must be after/);
    expect(issuesOf({ ...valid, comment: ' ' })[0]).toMatch(/^comment:/);
  });
  it('refuses a silence that would match every event', () => {
    expect(issuesOf({ ...valid, matchers: [m('type', '=~', '.*')] })[0]).toMatch(/^matchers: must have a matcher that an empty field does not satisfy/);
  });
});

describe('mute timings', () => {
  // Weekday evenings in Berlin: 18:00-24:00 Monday to Friday, and all weekend.
  const timing = {
    timeZone: 'Europe/Berlin',
    intervals: [{ weekdays: ['monday:friday'], times: [{ startTime: '18:00', endTime: '24:00' }] }, { weekdays: ['saturday', 'sunday'] }],
  };
  it.each([
    ['2026-01-05T16:59:00Z', false], // Monday 17:59 in Berlin (UTC+1)
    ['2026-01-05T17:00:00Z', true], // Monday 18:00
    ['2026-01-05T22:59:00Z', true], // Monday 23:59
    ['2026-01-05T23:00:00Z', false], // Tuesday 00:00
    ['2026-01-10T12:00:00Z', true], // Saturday
    ['2026-07-06T16:00:00Z', true], // Monday 18:00 in summer (UTC+2): daylight saving is followed
    ['2026-07-06T15:59:00Z', false],
  ])('%s → %s', (at, expected) => {
    expect(isMuted(timing, Date.parse(at))).toBe(expected);
  });

  it('validates names, zones and times with the field named', () => {
    const r = muteTimingSchema.safeParse({ name: 'x', timeZone: 'Mars/Olympus', intervals: [{ weekdays: ['funday'], times: [{ startTime: '18:00', endTime: '09:00' }] }] });
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'timeZone: must be an IANA time zone such as Europe/Berlin or UTC',
      'intervals.0.weekdays.0: "funday" is not a weekday or a range such as monday:friday',
      'intervals.0.times.0.endTime: must be after startTime (a window over midnight is two ranges)',
    ]);
  });

  // Alertmanager's calendar fields (days_of_month, months, years), read on the mute timing's own wall clock.
  const utc = (intervals: object[]) => ({ timeZone: 'UTC', intervals });
  it.each([
    // Christmas in Berlin: Dec 24-26 local time, not UTC.
    [{ timeZone: 'Europe/Berlin', intervals: [{ months: ['december'], daysOfMonth: ['24:26'] }] }, '2026-12-23T22:59:00Z', false],
    [{ timeZone: 'Europe/Berlin', intervals: [{ months: ['december'], daysOfMonth: ['24:26'] }] }, '2026-12-23T23:00:00Z', true],
    [{ timeZone: 'Europe/Berlin', intervals: [{ months: ['december'], daysOfMonth: ['24:26'] }] }, '2026-12-26T22:59:00Z', true],
    [{ timeZone: 'Europe/Berlin', intervals: [{ months: ['december'], daysOfMonth: ['24:26'] }] }, '2027-11-25T12:00:00Z', false],
    // -1 is the month's last day, whatever its length (2028 is a leap year).
    [utc([{ daysOfMonth: ['-1'] }]), '2026-02-28T12:00:00Z', true],
    [utc([{ daysOfMonth: ['-1'] }]), '2028-02-28T12:00:00Z', false],
    [utc([{ daysOfMonth: ['-1'] }]), '2028-02-29T12:00:00Z', true],
    [utc([{ daysOfMonth: ['-1'] }]), '2026-04-30T12:00:00Z', true],
    [utc([{ daysOfMonth: ['-3:-1'] }]), '2026-01-28T12:00:00Z', false],
    [utc([{ daysOfMonth: ['-3:-1'] }]), '2026-01-29T00:00:00Z', true],
    // A range past the month's end stops there; one starting past it never holds; 1:-1 is every day.
    [utc([{ daysOfMonth: ['28:31'] }]), '2026-02-28T12:00:00Z', true],
    [utc([{ daysOfMonth: ['31'] }]), '2026-02-28T12:00:00Z', false],
    [utc([{ daysOfMonth: ['1:-1'] }]), '2026-02-14T12:00:00Z', true],
    // Months by number; years; and every field must hold together (first Monday-to-Friday week of 2027's Q1 months).
    [utc([{ months: ['1:3'] }]), '2026-03-31T23:59:00Z', true],
    [utc([{ months: ['1:3'] }]), '2026-04-01T00:00:00Z', false],
    [utc([{ years: ['2027:2028'] }]), '2026-12-31T23:59:00Z', false],
    [utc([{ years: ['2027:2028'] }]), '2027-01-01T00:00:00Z', true],
    [utc([{ years: ['2027'], months: ['january:march'], daysOfMonth: ['1:7'], weekdays: ['monday:friday'] }]), '2027-02-01T09:00:00Z', true],
    [utc([{ years: ['2027'], months: ['january:march'], daysOfMonth: ['1:7'], weekdays: ['monday:friday'] }]), '2027-02-06T09:00:00Z', false],
  ])('calendar fields %# → %s at %s', (timing, at, expected) => {
    expect(isMuted(timing, Date.parse(at))).toBe(expected);
  });

  it('names the calendar entry that is not valid', () => {
    const r = muteTimingSchema.safeParse({ name: 'x', timeZone: 'UTC', intervals: [{ daysOfMonth: ['0', '5:1', '-1:-3', '1:-1'], months: ['smarch', 'march:january', '13'], years: ['26', '2027:2026'] }] });
    const issues = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'intervals.0.daysOfMonth.0: "0" is not a day of the month (1 to 31, or -1 for the last day) or a range such as 1:5',
      'intervals.0.daysOfMonth.1: "5:1" runs backwards; write ranges forwards (1:5, -3:-1)',
      'intervals.0.daysOfMonth.2: "-1:-3" runs backwards; write ranges forwards (1:5, -3:-1)',
      'intervals.0.months.0: "smarch" is not a month (january or 1) or a range such as january:march',
      'intervals.0.months.1: "march:january" runs backwards; write ranges forwards (november:december, january:february)',
      'intervals.0.months.2: "13" is not a month (january or 1) or a range such as january:march',
      'intervals.0.years.0: "26" is not a year such as 2026 or a range such as 2026:2027',
      'intervals.0.years.1: "2027:2026" runs backwards; write ranges forwards (2026:2027)',
    ]);
  });
});
