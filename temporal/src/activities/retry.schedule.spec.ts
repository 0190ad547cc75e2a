import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE, maxAttemptsOf, nextDelayMs, scheduleFor } from './retry.schedule.js';

describe('retry schedule', () => {
  it('defaults to Svix-like: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — 8 attempts', () => {
    expect(DEFAULT_RETRY_SCHEDULE.delaysMs.map((ms) => ms / 1000)).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000]);
    expect(maxAttemptsOf(DEFAULT_RETRY_SCHEDULE)).toBe(8);
  });

  it('jitters each delay within ±20 %', () => {
    for (let attempt = 1; attempt <= 7; attempt++) {
      const base = DEFAULT_RETRY_SCHEDULE.delaysMs[attempt - 1]!;
      for (let i = 0; i < 50; i++) {
        const d = nextDelayMs(DEFAULT_RETRY_SCHEDULE, attempt);
        expect(d).toBeGreaterThanOrEqual(base * 0.8 - 1);
        expect(d).toBeLessThanOrEqual(base * 1.2 + 1);
      }
    }
  });

  it('honours Retry-After up to the cap (1 h by default)', () => {
    expect(nextDelayMs(DEFAULT_RETRY_SCHEDULE, 1, 30_000)).toBe(30_000);
    expect(nextDelayMs(DEFAULT_RETRY_SCHEDULE, 1, 5 * 3_600_000)).toBe(3_600_000);
  });

  it("takes a channel's stored policy (seconds) over the default", () => {
    const s = scheduleFor({ delaysSeconds: [1, 2], jitter: 0, maxRetryAfterSeconds: 10 }, DEFAULT_RETRY_SCHEDULE);
    expect(s).toEqual({ delaysMs: [1000, 2000], jitter: 0, maxRetryAfterMs: 10_000 });
    expect(maxAttemptsOf(s)).toBe(3);
    expect(nextDelayMs(s, 2)).toBe(2000);
    expect(scheduleFor(null, DEFAULT_RETRY_SCHEDULE)).toEqual(DEFAULT_RETRY_SCHEDULE);
  });
});
