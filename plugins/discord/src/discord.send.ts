import { classifyHttpResponse, GoneError, responseExcerpt, type ChannelContext, type HttpResponse, type SendResult } from '@signalbox/plugin-sdk';
import type { DiscordConfig } from './discord.config.js';
import type { DiscordPayload } from './discord.payload.js';
import { DISCORD_CHANNEL_VERSION } from './discord.version.js';

/** Discord's 429 body says how long to wait, in seconds with a fraction: more precise than the Retry-After header. */
export function bodyRetryAfterMs(res: HttpResponse): number | undefined {
  if (res.status !== 429) return undefined;
  try {
    const seconds = (JSON.parse(res.body) as { retry_after?: unknown }).retry_after;
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
  } catch {
    return undefined; // not JSON (a proxy's page): the header is used instead
  }
}

/** `?wait=true` makes Discord answer with the created message (or the real error) instead of a blind 204. */
export function executeUrl(config: DiscordConfig): string {
  const url = new URL(config.webhookUrl);
  url.searchParams.set('wait', 'true');
  if (config.threadId) url.searchParams.set('thread_id', config.threadId);
  return url.toString();
}

/**
 * One execute-webhook call. On top of the SDK's taxonomy: 404 (`Unknown Webhook`, code 10015) means the
 * webhook was deleted, so the channel is disabled rather than retried.
 */
export async function sendDiscord(payload: DiscordPayload, config: DiscordConfig, ctx: ChannelContext): Promise<SendResult> {
  const body = JSON.stringify(payload);
  ctx.logger.info('discord delivery', { fields: payload.embeds[0]?.fields?.length ?? 0, bytes: Buffer.byteLength(body), attempt: ctx.attempt, test: ctx.isTest });
  const res = await ctx.http.request(executeUrl(config), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': `Signalbox-Discord/${DISCORD_CHANNEL_VERSION}` },
    body,
  });
  // The URL holds the webhook token: messages name the platform, never the URL.
  if (res.status === 404) {
    throw new GoneError(`Discord responded 404: ${responseExcerpt(res.body, 200)} (the webhook was deleted; create a new one and update the channel)`, {
      statusCode: 404,
      responseExcerpt: responseExcerpt(res.body),
    });
  }
  const result = classifyHttpResponse(res, { platform: 'Discord', retryAfterMs: bodyRetryAfterMs(res) });
  // The created message is long JSON; its id is what an operator needs to find it.
  const id = /"id"\s*:\s*"(\d+)"/.exec(res.body)?.[1];
  return id ? { ...result, responseExcerpt: `message ${id}` } : result;
}
