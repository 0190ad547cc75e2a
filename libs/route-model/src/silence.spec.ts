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
});
