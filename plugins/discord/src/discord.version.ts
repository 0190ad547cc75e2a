/** Kept in step with package.json by discord.config.spec.ts (a JSON import would leave rootDir). */
export const DISCORD_CHANNEL_VERSION = '0.1.0';
export const DISCORD_PLUGIN_ID = 'discord';
