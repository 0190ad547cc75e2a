/** Sent in User-Agent. Kept in step with package.json by webhook.version.spec.ts (a JSON import would leave rootDir). */
export const WEBHOOK_CHANNEL_VERSION = '0.1.0';
export const WEBHOOK_PLUGIN_ID = 'webhook';
