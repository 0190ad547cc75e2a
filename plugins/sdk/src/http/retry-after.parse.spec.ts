import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.parse.js';

const now = Date.parse('2015-10-21T07:28:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [' 3 ', 3000],
    ['1.5', 1500],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['Wednesday, 21-Oct-15 07:29:00 GMT', 60_000],
    ['Wed, 21 Oct 2015 07:00:00 GMT', 0],
  ])('%j → %d ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([undefined, null, '', '-5', 'soon', '12abc', '1e3'])('%j → undefined', (value) => {
    expect(parseRetryAfter(value as string | undefined, now)).toBeUndefined();
  });
});
