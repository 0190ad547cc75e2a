import type { HttpResponse, SendResult } from '../channel.types.js';
import { GoneError, PermanentError, RetryableError } from '../errors.js';
import { parseRetryAfter } from './retry-after.parse.js';

export const RESPONSE_EXCERPT_CHARS = 500;
/** A platform asking for longer than this is capped: the worker's own retry budget takes over from there. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/** The first ~500 characters of a response body, for delivery logs and error messages. */
export function responseExcerpt(body: string, maxChars: number = RESPONSE_EXCERPT_CHARS): string {
  return body.length <= maxChars ? body : `${body.slice(0, maxChars)}…`;
}

export interface ClassifyOptions {
  /** Names the destination in error messages ("Slack responded 404: ..."). */
  platform: string;
  /** Overrides the Retry-After header, for platforms that put the delay in the body (Discord, Telegram). */
  retryAfterMs?: number;
  now?: number;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/**
 * The error taxonomy every HTTP channel shares. Returns a SendResult for 2xx; otherwise throws:
 * 429 → RetryableError (Retry-After honoured); 408/425/5xx → RetryableError; 410 → GoneError (disable the
 * channel); 3xx (redirects are never followed, so the destination moved) and other 4xx → PermanentError.
 */
export function classifyHttpResponse(res: HttpResponse, options: ClassifyOptions): SendResult {
  const statusCode = res.status;
  const excerpt = responseExcerpt(res.body);
  if (statusCode >= 200 && statusCode < 300) return { statusCode, responseExcerpt: excerpt };
  const message = `${options.platform} responded ${statusCode}${excerpt ? `: ${responseExcerpt(res.body, 200)}` : ''}`;
  // 503 may carry Retry-After too (RFC 9110); 429 may carry it in the body instead (options.retryAfterMs).
  if (statusCode === 429 || statusCode === 408 || statusCode === 425 || statusCode >= 500) {
    const retryAfterMs = options.retryAfterMs ?? parseRetryAfter(headerValue(res.headers, 'retry-after'), options.now);
    const capped = retryAfterMs === undefined ? undefined : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
    throw new RetryableError(message, { statusCode, responseExcerpt: excerpt, retryAfterMs: capped });
  }
  if (statusCode === 410) throw new GoneError(message, { statusCode, responseExcerpt: excerpt });
  throw new PermanentError(message, { statusCode, responseExcerpt: excerpt });
}
