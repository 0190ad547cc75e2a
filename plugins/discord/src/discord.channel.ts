import { defineChannel, maskUrl } from '@signalbox/plugin-sdk';
import { discordConfigSchema } from './discord.config.js';
import { formatDiscord } from './discord.format.js';
import type { DiscordPayload } from './discord.payload.js';
import { sendDiscord } from './discord.send.js';
import { validateDiscordPayload } from './discord.validate.js';
import { DISCORD_CHANNEL_VERSION, DISCORD_PLUGIN_ID } from './discord.version.js';

/** Discord through a channel webhook: one embed per delivery. */
export const discordChannel = defineChannel({
  id: DISCORD_PLUGIN_ID,
  name: 'Discord',
  version: DISCORD_CHANNEL_VERSION,
  description: 'Post alerts to a Discord channel or thread through a webhook, as an embed coloured by severity.',
  icon: 'discord.svg',
  config: discordConfigSchema,
  // The webhook token is part of the URL.
  secrets: ['webhookUrl'],
  describeDestination: (config) => maskUrl(config.webhookUrl),
  // Discord allows 5 requests per 2 s per webhook, but only about 30 webhook messages a minute per channel.
  limits: { ratePerSecond: 0.5 },
  // Discord renders markdown in titles, descriptions and fields: template values are backslash-escaped so
  // event data shows as typed (Discord honours `\` before any punctuation).
  escape: 'markdown',
  format: formatDiscord,
  send: (payload, config, ctx) => sendDiscord(payload, config, ctx),
  validatePayload: (payload: DiscordPayload) => validateDiscordPayload(payload),
});
