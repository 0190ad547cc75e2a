import { discordChannel } from './discord.channel.js';

export { discordChannel } from './discord.channel.js';
export { discordConfigSchema, type DiscordConfig } from './discord.config.js';
export { formatDiscord } from './discord.format.js';
export { DISCORD_LIMITS, type DiscordEmbed, type DiscordPayload } from './discord.payload.js';
export { validateDiscordPayload } from './discord.validate.js';
export { DISCORD_CHANNEL_VERSION, DISCORD_PLUGIN_ID } from './discord.version.js';
export default discordChannel;
