import { describe, expect, it } from 'vitest';
import { GoneError, PermanentError, RetryableError } from '../errors.js';
import { classifyHttpResponse, MAX_RETRY_AFTER_MS, responseExcerpt } from './response.classify.js';

const res = (status: number, body = '', headers: Record<string, string> = {}) => ({ status, body, headers });
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as Error & { options: { statusCode?: number; retryAfterMs?: number; responseExcerpt?: string } };
  }
  throw new Error('expected a throw');
};

describe('classifyHttpResponse', () => {
  it.each([200, 201, 202, 204])('%d is ok', (status) => {
    expect(classifyHttpResponse(res(status, 'fine'), { platform: 'Test' })).toEqual({ statusCode: status, responseExcerpt: 'fine' });
  });

  it('429 → RetryableError with Retry-After seconds (header name case-insensitive)', () => {
    const error = thrown(() => classifyHttpResponse(res(429, 'slow down', { 'Retry-After': '7' }), { platform: 'Test' }));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toEqual({ statusCode: 429, responseExcerpt: 'slow down', retryAfterMs: 7000 });
    expect(error.message).toBe('Test responded 429: slow down');
  });

  it('429 with an HTTP-date, a body-provided delay, and an absurd delay (capped)', () => {
    const now = Date.parse('2015-10-21T07:28:00Z');
    expect(thrown(() => classifyHttpResponse(res(429, '', { 'retry-after': 'Wed, 21 Oct 2015 07:28:10 GMT' }), { platform: 'T', now })).options.retryAfterMs).toBe(10_000);
    expect(thrown(() => classifyHttpResponse(res(429, '{"retry_after":1.25}'), { platform: 'T', retryAfterMs: 1250 })).options.retryAfterMs).toBe(1250);
    expect(thrown(() => classifyHttpResponse(res(429, '', { 'retry-after': '999999' }), { platform: 'T' })).options.retryAfterMs).toBe(MAX_RETRY_AFTER_MS);
    expect(thrown(() => classifyHttpResponse(res(429), { platform: 'T' })).options.retryAfterMs).toBeUndefined();
  });

  it.each([408, 425, 500, 502, 503, 504])('%d → RetryableError', (status) => {
    expect(thrown(() => classifyHttpResponse(res(status), { platform: 'T' }))).toBeInstanceOf(RetryableError);
  });

  it('410 → GoneError (a PermanentError: disable the channel)', () => {
    const error = thrown(() => classifyHttpResponse(res(410, 'gone'), { platform: 'T' }));
    expect(error).toBeInstanceOf(GoneError);
    expect(error).toBeInstanceOf(PermanentError);
  });

  it.each([301, 400, 401, 403, 404, 409, 413, 422])('%d → PermanentError (not Gone)', (status) => {
    const error = thrown(() => classifyHttpResponse(res(status), { platform: 'T' }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).not.toBeInstanceOf(GoneError);
    expect(error.options.statusCode).toBe(status);
  });

  it('attaches a ~500 character excerpt', () => {
    const error = thrown(() => classifyHttpResponse(res(400, 'e'.repeat(2000)), { platform: 'T' }));
    expect(error.options.responseExcerpt).toBe(`${'e'.repeat(500)}…`);
    expect(responseExcerpt('short')).toBe('short');
  });
});
