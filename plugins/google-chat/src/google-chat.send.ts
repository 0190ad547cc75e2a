import { classifyHttpResponse, GoneError, responseExcerpt, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import type { GoogleChatConfig } from './google-chat.config.js';
import type { GoogleChatPayload } from './google-chat.format.js';

/** Google API errors: `{error: {code, message, status}}`; status + message tell an admin what to fix. */
function errorReason(body: string): string | undefined {
  try {
    const { error } = JSON.parse(body) as { error?: { message?: unknown; status?: unknown } };
    if (typeof error?.message !== 'string') return undefined;
    return typeof error.status === 'string' ? `${error.status}: ${error.message}` : error.message;
  } catch {
    return undefined;
  }
}

/**
 * One POST to the space's webhook. With a thread key, `messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD`
 * makes Chat reply in the alert's thread (or start it). 200 → posted; 429 → retryable (Retry-After honoured);
 * 404 → the space or webhook is gone (channel disabled); 400/401/403 → permanent; 5xx → retryable.
 */
export async function sendGoogleChat(payload: GoogleChatPayload, config: GoogleChatConfig, ctx: ChannelContext): Promise<SendResult> {
  const url = new URL(config.webhookUrl);
  if (payload.thread) url.searchParams.set('messageReplyOption', 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD');
  const body = JSON.stringify(payload);
  ctx.logger.info('google chat delivery', { bytes: Buffer.byteLength(body), threaded: Boolean(payload.thread), attempt: ctx.attempt, test: ctx.isTest });
  const res = await ctx.http.request(url.toString(), { method: 'POST', headers: { 'content-type': 'application/json; charset=UTF-8' }, body });
  if (res.status >= 200 && res.status < 300) return classifyHttpResponse(res, { platform: 'Google Chat' });
  const reason = errorReason(res.body) ?? responseExcerpt(res.body, 200);
  if (res.status === 404 || res.status === 410) {
    throw new GoneError(`Google Chat responded ${res.status}: ${reason} (the space or its webhook no longer exists; create a new webhook)`, {
      statusCode: res.status,
      responseExcerpt: responseExcerpt(res.body),
    });
  }
  try {
    return classifyHttpResponse(res, { platform: 'Google Chat' });
  } catch (error) {
    if (error instanceof Error && reason && !error.message.includes(reason)) error.message = `${error.message}: ${reason}`;
    throw error;
  }
}
