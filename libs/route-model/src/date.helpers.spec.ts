import { describe, expect, it } from 'vitest';
import { duration, formatDate, timeAgo, toDate } from './date.helpers.js';

describe('toDate', () => {
  it.each([
    ['2026-04-01T10:30:00Z', '2026-04-01T10:30:00.000Z'],
    ['2026-04-01T12:30:00+02:00', '2026-04-01T10:30:00.000Z'],
    ['2026-04-01', '2026-04-01T00:00:00.000Z'],
    [1775039400, '2026-04-01T10:30:00.000Z'],
    [1775039400000, '2026-04-01T10:30:00.000Z'],
    ['1775039400', '2026-04-01T10:30:00.000Z'],
  ])('%j → %s', (value, iso) => {
    expect(toDate(value)?.toISOString()).toBe(iso);
  });

  it.each([['yesterday'], [null], [undefined], [{}], ['']])('%j is not a date', (value) => {
    expect(toDate(value)).toBeUndefined();
  });
});

describe('formatDate', () => {
  it.each([
    [['2026-04-01T10:30:00Z', 'yyyy-MM-dd HH:mm', 'Europe/Berlin'], '2026-04-01 12:30'],
    [['2026-01-15T10:30:00Z', 'yyyy-MM-dd HH:mm', 'Europe/Berlin'], '2026-01-15 11:30'],
    [['2026-04-01T10:30:00Z', 'HH:mm zzz', 'America/New_York'], '06:30 GMT-4'],
    [['2026-04-01T10:30:00Z', 'EEEE d MMMM'], 'Wednesday 1 April'],
    [['2026-04-01T10:30:00Z'], '2026-04-01 10:30 UTC'],
    [['2026-04-01T10:30:00Z', undefined, 'Asia/Kolkata'], '2026-04-01 16:00 GMT+5:30'],
    [['not a date', 'yyyy'], 'not a date'],
    [['2026-04-01T10:30:00Z', 'yyyy', 'Mars/Olympus'], '2026-04-01T10:30:00Z'],
    [['2026-04-01T10:30:00Z', 'yyyy-MM-dd bogus'], '2026-04-01T10:30:00Z'],
    [[undefined], ''],
  ])('%j → %s', (args, expected) => {
    expect(formatDate(...(args as [unknown, unknown?, unknown?]))).toBe(expected);
  });
});

describe('timeAgo', () => {
  it.each([
    ['2026-03-29T14:55:00Z', '2026-03-29T15:00:00Z', '5 minutes ago'],
    ['2026-03-29T13:00:00Z', '2026-03-29T15:00:00Z', '2 hours ago'],
    ['2026-03-30T15:00:00Z', '2026-03-29T15:00:00Z', 'in 1 day'],
    ['2026-03-29T15:00:00Z', '2026-03-29T15:00:00Z', 'at the same time'],
    ['never', '2026-03-29T15:00:00Z', ''],
  ])('%s relative to %s → %s', (value, base, expected) => {
    expect(timeAgo(value, base)).toBe(expected);
  });
});

describe('duration', () => {
  it.each([
    [[323], '5m 23s'],
    [['323'], '5m 23s'],
    [[323_000, 'ms'], '5m 23s'],
    [[450, 'ms'], '450ms'],
    [[0], '0ms'],
    [[3600], '1h'],
    [[90_061], '1d 1h 1m 1s'],
    [['00:05:23'], '5m 23s'],
    [['00:11:07'], '11m 7s'],
    [['1:02:03'], '1h 2m 3s'],
    [['05:23'], '5m 23s'],
    [[-90], '-1m 30s'],
    [['soon'], 'soon'],
    [[undefined], ''],
  ])('%j → %s', (args, expected) => {
    expect(duration(...(args as [unknown, unknown?]))).toBe(expected);
  });
});
