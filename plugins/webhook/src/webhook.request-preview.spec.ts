import type { ChannelContext } from '@signalbox/plugin-sdk';
import { recordingLogger } from '@signalbox/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import { webhookConfigSchema } from './webhook.config.js';
import { formatWebhook } from './webhook.format.js';
import { describeWebhookRequest } from './webhook.request-preview.js';
import { sendWebhook } from './webhook.send.js';
import { sampleMessage } from './webhook.test-kit.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** Sends for real through sendWebhook into a recorder, so the preview is compared with what actually goes out. */
async function sent(config: ReturnType<typeof webhookConfigSchema.parse>) {
  const requests: Array<{ method?: string; headers?: Record<string, string>; body?: string }> = [];
  const ctx: ChannelContext = {
    http: { request: async (_url, init) => (requests.push(init), { status: 200, headers: {}, body: 'ok' }), resolveAddress: async (host) => host },
    logger: recordingLogger(), idempotencyKey: 'dlv_1', attempt: 1, isTest: false,
  };
  await sendWebhook(formatWebhook(sampleMessage(), config), config, ctx);
  return requests[0]!;
}

const styles = [
  { signing: { style: 'standard-webhooks', secret: SECRET, previousSecret: SECRET } },
  { signing: { style: 'x-signature-256', secret: 's3cret' } },
  { signing: { style: 'x-nemo-signature', secret: 's3cret' } },
  { signing: { style: 'none' } },
] as const;

describe('describeWebhookRequest: the dry run shows the request sendWebhook makes', () => {
  it.each(styles)('same header names, method and body bytes as a real send ($signing.style)', async (signing) => {
    const config = webhookConfigSchema.parse({ url: 'https://example.com/h', method: 'PUT', headers: { Authorization: 'Bearer tok' }, ...signing });
    const request = await sent(config);
    const preview = describeWebhookRequest(formatWebhook(sampleMessage(), config), config);
    expect(preview.method).toBe('PUT');
    expect(preview.headers.map((h) => h.name.toLowerCase()).sort()).toEqual(Object.keys(request.headers!).map((n) => n.toLowerCase()).sort());
    expect(preview.body).toBe(request.body);
  });

  it('never shows a secret or a computable signature: signature values are described, custom header values masked', () => {
    const config = webhookConfigSchema.parse({ url: 'https://example.com/h', headers: { Authorization: 'Bearer tok' }, signing: { secret: SECRET } });
    const preview = describeWebhookRequest(formatWebhook(sampleMessage(), config), config);
    const text = JSON.stringify(preview);
    expect(text).not.toContain('Bearer tok');
    expect(text).not.toContain(SECRET);
    const signature = preview.headers.find((h) => h.name === 'webhook-signature')!;
    expect(signature.value).toBe('v1,<base64 HMAC-SHA256>');
    expect(signature.note).toMatch(/computed at each attempt/);
    expect(preview.headers.find((h) => h.name === 'Authorization')!.value).toBe('••••••');
  });
});
