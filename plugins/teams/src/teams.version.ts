/** Kept in step with package.json by teams.config.spec.ts (a JSON import would leave rootDir). */
export const TEAMS_CHANNEL_VERSION = '0.1.0';
export const TEAMS_PLUGIN_ID = 'teams';
