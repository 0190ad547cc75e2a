import { webhookChannel } from './webhook.channel.js';

export { webhookChannel } from './webhook.channel.js';
export { webhookConfigSchema, type WebhookConfig } from './webhook.config.js';
export { envelopeBody, type WebhookPayload } from './webhook.format.js';
export { WEBHOOK_PLUGIN_ID, WEBHOOK_CHANNEL_VERSION } from './webhook.version.js';
export default webhookChannel;
