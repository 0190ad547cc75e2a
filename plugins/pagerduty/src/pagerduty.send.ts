import { classifyHttpResponse, PermanentError, responseExcerpt, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import type { PagerdutyConfig } from './pagerduty.config.js';
import type { PagerdutyEvent } from './pagerduty.format.js';

/**
 * PagerDuty's 429 means the event was dropped and carries no Retry-After; its docs ask clients to back off.
 * 30 s gives a rate-limited integration key room to recover without delaying a page by much.
 */
export const RATE_LIMIT_RETRY_MS = 30_000;

/** 400 bodies: `{status: "invalid event", message: "Event object is invalid", errors: ["..."]}`. */
function invalidEventMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; errors?: unknown };
    const errors = Array.isArray(parsed.errors) ? parsed.errors.filter((e): e is string => typeof e === 'string') : [];
    const message = typeof parsed.message === 'string' ? parsed.message : 'invalid event';
    return errors.length ? `${message}: ${errors.join('; ')}` : message;
  } catch {
    return undefined;
  }
}

/** The routing key is in the request body; a proxy or error page that echoes the body must not leak it. */
function masked<E>(error: E, key: string): E {
  if (!(error instanceof Error)) return error;
  const hide = (text: string) => text.split(key).join('***');
  error.message = hide(error.message);
  if (error.stack) error.stack = hide(error.stack);
  const options = (error as { options?: { responseExcerpt?: string } }).options;
  if (options?.responseExcerpt) options.responseExcerpt = hide(options.responseExcerpt);
  return error;
}

/**
 * One POST to /v2/enqueue. An empty rendered dedup key falls back to the delivery's idempotency key, so a
 * retried trigger never opens a second alert. 202 → accepted; 400 → permanent (the event is invalid);
 * 429 → retryable after RATE_LIMIT_RETRY_MS; 5xx, timeouts → retryable; other 4xx → permanent.
 */
export async function sendPagerduty(event: PagerdutyEvent, config: PagerdutyConfig, ctx: ChannelContext): Promise<SendResult> {
  const body: PagerdutyEvent = { ...event, dedup_key: event.dedup_key || ctx.idempotencyKey };
  const url = `${config.apiBaseUrl.replace(/\/+$/, '')}/v2/enqueue`;
  try {
    const res = await ctx.http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
    ctx.logger.info('pagerduty event', { action: body.event_action, dedupKey: body.dedup_key, status: res.status, attempt: ctx.attempt });
    if (res.status === 400) {
      const reason = invalidEventMessage(res.body) ?? responseExcerpt(res.body, 200);
      throw new PermanentError(`PagerDuty rejected the event (400): ${reason}`, { statusCode: 400, responseExcerpt: responseExcerpt(res.body) });
    }
    return classifyHttpResponse(res, { platform: 'PagerDuty', ...(res.status === 429 ? { retryAfterMs: RATE_LIMIT_RETRY_MS } : {}) });
  } catch (error) {
    throw masked(error, config.routingKey);
  }
}
