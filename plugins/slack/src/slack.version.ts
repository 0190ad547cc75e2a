/** Kept in step with package.json by slack.config.spec.ts (a JSON import would leave rootDir). */
export const SLACK_CHANNEL_VERSION = '0.1.0';
export const SLACK_PLUGIN_ID = 'slack';
