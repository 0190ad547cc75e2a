import type { RetrySchedule } from '../route-plan.types.js';

const S = 1_000;
const H = 3_600 * S;

/**
 * Close to Svix's schedule: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (8 attempts over
 * about 27 hours), ±20 % jitter so a recovering receiver is not hit by every delivery at once.
 */
export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = {
  delaysMs: [5 * S, 5 * 60 * S, 30 * 60 * S, 2 * H, 5 * H, 10 * H, 10 * H],
  jitter: 0.2,
  maxRetryAfterMs: H,
};

/** A channel's stored `retry_policy` (seconds, as the API takes it) over the worker's default. */
export function scheduleFor(stored: unknown, fallback: RetrySchedule): RetrySchedule {
  const p = (stored ?? {}) as { delaysSeconds?: unknown; jitter?: unknown; maxRetryAfterSeconds?: unknown };
  const delays = Array.isArray(p.delaysSeconds) && p.delaysSeconds.every((d) => typeof d === 'number' && d >= 0) ? (p.delaysSeconds as number[]) : undefined;
  return {
    delaysMs: delays ? delays.map((d) => d * S) : fallback.delaysMs,
    jitter: typeof p.jitter === 'number' ? p.jitter : fallback.jitter,
    maxRetryAfterMs: typeof p.maxRetryAfterSeconds === 'number' ? p.maxRetryAfterSeconds * S : fallback.maxRetryAfterMs,
  };
}

export const maxAttemptsOf = (s: RetrySchedule) => s.delaysMs.length + 1;

/** The wait after attempt `attempt` failed retryably. Runs in the activity, so Math.random is fine here. */
export function nextDelayMs(s: RetrySchedule, attempt: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.max(0, Math.min(retryAfterMs, s.maxRetryAfterMs));
  const base = s.delaysMs[Math.min(attempt, s.delaysMs.length) - 1] ?? 0;
  return Math.max(0, Math.round(base * (1 + s.jitter * (Math.random() * 2 - 1))));
}
