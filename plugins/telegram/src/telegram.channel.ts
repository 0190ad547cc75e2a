import { defineChannel } from '@signalbox/plugin-sdk';
import { telegramConfigSchema } from './telegram.config.js';
import { formatTelegram } from './telegram.format.js';
import { parseTelegramHtml } from './telegram.html-check.js';
import { sendTelegram } from './telegram.send.js';
import { TELEGRAM_CHANNEL_VERSION, TELEGRAM_MAX_TEXT, TELEGRAM_PLUGIN_ID } from './telegram.version.js';

/** A Telegram chat (private, group, supergroup topic or channel) through a bot's sendMessage, in HTML parse mode. */
export const telegramChannel = defineChannel({
  id: TELEGRAM_PLUGIN_ID,
  name: 'Telegram',
  version: TELEGRAM_CHANNEL_VERSION,
  description: 'Send alerts to a Telegram chat, group or channel through your bot.',
  icon: 'telegram.svg',
  config: telegramConfigSchema,
  // The token is the bot's full credential: whoever holds it can read and post as the bot.
  secrets: ['botToken'],
  describeDestination: (config) => `chat ${config.chatId}`,
  // Telegram: ~1 message per second per chat, 20 per minute per group; the host paces per channel.
  limits: { ratePerSecond: 1 },
  // Templates produce HTML-escaped values; format() decodes them once and re-escapes for Telegram's parser.
  escape: 'html',
  format: formatTelegram,
  // The same rules the Bot API applies, checked on our own output (the SDK's contract kit calls this).
  validatePayload(payload) {
    const parsed = parseTelegramHtml(payload.text);
    if (!parsed.ok) return [parsed.error];
    if (parsed.text.trim() === '') return ['message text is empty'];
    return parsed.text.length > TELEGRAM_MAX_TEXT ? [`message is too long: ${parsed.text.length} > ${TELEGRAM_MAX_TEXT}`] : [];
  },
  send: (payload, config, ctx) => sendTelegram(payload, config, ctx),
});
