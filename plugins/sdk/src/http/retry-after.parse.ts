const DELAY_SECONDS = /^\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * Parses an HTTP `Retry-After` value (RFC 9110 §10.2.3) into milliseconds from `now`.
 * Accepts delay-seconds ("120"; fractional "1.5" too, as some platforms send it) and HTTP-dates
 * ("Wed, 21 Oct 2015 07:28:00 GMT"). A date in the past means "now" (0). Anything else → undefined,
 * so callers fall back to their own backoff instead of trusting garbage.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value === null) return undefined;
  const seconds = DELAY_SECONDS.exec(value);
  if (seconds) return Math.round(Number(seconds[1]) * 1000);
  // Only date-looking values: Date.parse alone would also accept e.g. "-5" or "2".
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
