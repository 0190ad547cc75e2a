import { isHttpsOrPrivateHost } from '@signalbox/plugin-sdk';
import { z } from 'zod';

/** `123456789:AA...` — BotFather's format: the bot's numeric id, a colon, then the secret part. */
const BOT_TOKEN = /^\d{1,20}:[A-Za-z0-9_-]{20,}$/;
/** A numeric chat id (groups and channels are negative, supergroups start with -100) or a public @channelusername. */
const CHAT_ID = /^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/;

export const telegramConfigSchema = z.object({
  botToken: z.string().regex(BOT_TOKEN, 'must be a bot token from @BotFather (123456789:AA…)').describe('Bot token from @BotFather'),
  chatId: z
    .string()
    .trim()
    .regex(CHAT_ID, 'must be a numeric chat id (e.g. -1001234567890) or @channelusername')
    .describe('Chat id (e.g. -1001234567890) or @channelusername of a public channel'),
  messageThreadId: z.number().int().positive().optional().describe('Forum topic (message thread) id, for supergroups with topics'),
  linkPreview: z
    .enum(['off', 'small', 'large'])
    .default('off')
    .describe('Preview card for the message link: off (default, keeps alerts compact), small or large media'),
  silentSeverities: z
    .array(z.enum(['critical', 'high', 'warning', 'info']))
    .default(['info'])
    .describe('Severities delivered without a notification sound'),
  apiBaseUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .refine((value) => isHttpsOrPrivateHost(new URL(value)), {
      message: 'must be an https URL: the bot token travels in the URL path. Plain http is accepted only for localhost or a private-network IP address (a self-hosted telegram-bot-api), and needs ALLOW_PRIVATE_NETWORKS=true',
    })
    .default('https://api.telegram.org').describe('Bot API server (a self-hosted telegram-bot-api, or a fake in tests)'),
});

export type TelegramConfig = z.infer<typeof telegramConfigSchema>;
