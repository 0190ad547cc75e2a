import { classifyHttpResponse, signJsonBody, type ChannelContext, type SendResult } from '@signalbox/plugin-sdk';
import type { WebhookConfig } from './webhook.config.js';
import type { WebhookPayload } from './webhook.format.js';
import { WEBHOOK_CHANNEL_VERSION } from './webhook.version.js';

/**
 * Signs and posts one attempt. Signatures are computed per attempt (Standard Webhooks receivers reject
 * timestamps older than five minutes), while `webhook-id` is the delivery's idempotency key on every attempt
 * and every style, so a receiver can drop the duplicate an at-least-once retry may cause.
 */
export async function sendWebhook(payload: WebhookPayload, config: WebhookConfig, ctx: ChannelContext, now: () => Date = () => new Date()): Promise<SendResult> {
  const secrets = [config.signing.secret, config.signing.previousSecret].filter((s): s is string => Boolean(s));
  const signed = signJsonBody({ style: config.signing.style, value: payload.value, rawBody: payload.raw, secrets, id: ctx.idempotencyKey, timestamp: now() });
  const headers: Record<string, string> = {
    ...config.headers,
    'content-type': 'application/json',
    'user-agent': `Signalbox-Webhook/${WEBHOOK_CHANNEL_VERSION}`,
    'webhook-id': ctx.idempotencyKey,
    ...signed.headers,
  };
  ctx.logger.info('webhook delivery', { method: config.method, bytes: Buffer.byteLength(signed.body), signing: config.signing.style, attempt: ctx.attempt, test: ctx.isTest });
  const res = await ctx.http.request(config.url, { method: config.method, headers, body: signed.body });
  // The URL is a secret (it often embeds a token), so errors name the host only.
  return classifyHttpResponse(res, { platform: `webhook endpoint ${new URL(config.url).host}` });
}
