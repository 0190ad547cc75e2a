import { telegramChannel } from './telegram.channel.js';

export { telegramChannel } from './telegram.channel.js';
export { telegramConfigSchema, type TelegramConfig } from './telegram.config.js';
export { formatTelegram, type TelegramPayload } from './telegram.format.js';
export type { TelegramSendResult } from './telegram.send.js';
export { TELEGRAM_CHANNEL_VERSION, TELEGRAM_PLUGIN_ID, TELEGRAM_MAX_TEXT } from './telegram.version.js';
export default telegramChannel;
