/** Kept in step with package.json by telegram.channel.spec.ts (a JSON import would leave rootDir). */
export const TELEGRAM_CHANNEL_VERSION = '0.1.0';
export const TELEGRAM_PLUGIN_ID = 'telegram';
/** Bot API sendMessage: 1–4096 characters of text after entity parsing. */
export const TELEGRAM_MAX_TEXT = 4096;
