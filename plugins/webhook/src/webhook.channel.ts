import { defineChannel, maskUrl } from '@signalbox/plugin-sdk';
import { webhookConfigSchema } from './webhook.config.js';
import { formatWebhook } from './webhook.format.js';
import { describeWebhookRequest } from './webhook.request-preview.js';
import { sendWebhook } from './webhook.send.js';
import { WEBHOOK_CHANNEL_VERSION, WEBHOOK_PLUGIN_ID } from './webhook.version.js';

/**
 * Any HTTP(S) endpoint, with a signed JSON body. Secrets: the URL and custom headers (both commonly carry
 * credentials: `?token=`, `/hooks/<key>`, `Authorization`) and the signing secrets.
 */
export const webhookChannel = defineChannel({
  id: WEBHOOK_PLUGIN_ID,
  name: 'Webhook',
  version: WEBHOOK_CHANNEL_VERSION,
  description: 'POST a signed JSON payload (Standard Webhooks or a product-specific HMAC header) to any HTTP endpoint.',
  icon: 'webhook.svg',
  config: webhookConfigSchema,
  secrets: ['url', 'headers', 'signing.secret', 'signing.previousSecret'],
  describeDestination: (config) => `${config.method} ${maskUrl(config.url)}`,
  // Message text reaches the body through JSON serialization, so template nodes need no escaping; the
  // custom bodyTemplate is rendered by format() itself with escape 'json'.
  escape: 'none',
  format: formatWebhook,
  send: (payload, config, ctx) => sendWebhook(payload, config, ctx),
  describeRequest: describeWebhookRequest,
});
