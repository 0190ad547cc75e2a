export const WEBHOOK_PLUGIN_ID = 'webhook';
