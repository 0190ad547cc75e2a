import { classifyHttpResponse, GoneError, responseExcerpt, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import type { MattermostConfig } from './mattermost.config.js';
import type { MattermostPayload } from './mattermost.format.js';

/** Mattermost errors are `{id, message, detailed_error, status_code}`; the message says what an admin must fix. */
function errorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; id?: unknown };
    return typeof parsed.message === 'string' ? `${parsed.message}${typeof parsed.id === 'string' ? ` (${parsed.id})` : ''}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One POST to the incoming webhook. 200 → posted; 400/403 → permanent (payload refused, webhook disabled or
 * locked channel); 404 → the webhook was deleted, so the channel is disabled (GoneError); 429 → retryable,
 * honouring Retry-After; 5xx → retryable. Error messages name the platform only: the URL is the credential.
 */
export async function sendMattermost(payload: MattermostPayload, config: MattermostConfig, ctx: ChannelContext): Promise<SendResult> {
  const body = JSON.stringify(payload);
  ctx.logger.info('mattermost delivery', { bytes: Buffer.byteLength(body), attempt: ctx.attempt, test: ctx.isTest });
  const res = await ctx.http.request(config.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (res.status >= 200 && res.status < 300) return classifyHttpResponse(res, { platform: 'Mattermost' });
  const reason = errorMessage(res.body) ?? responseExcerpt(res.body, 200);
  if (res.status === 404 || res.status === 410) {
    throw new GoneError(`Mattermost responded ${res.status}: ${reason} (the incoming webhook was deleted; create a new one)`, {
      statusCode: res.status,
      responseExcerpt: responseExcerpt(res.body),
    });
  }
  try {
    return classifyHttpResponse(res, { platform: 'Mattermost' });
  } catch (error) {
    if (error instanceof Error && reason && !error.message.includes(reason)) error.message = `${error.message}: ${reason}`;
    throw error;
  }
}
