/** Kept in step with package.json by pagerduty.channel.spec.ts (a JSON import would leave rootDir). */
export const PAGERDUTY_CHANNEL_VERSION = '0.1.0';
export const PAGERDUTY_PLUGIN_ID = 'pagerduty';

// Events API v2 limits (developer.pagerduty.com, "Send an Alert Event").
export const MAX_SUMMARY = 1024;
export const MAX_DEDUP_KEY = 255;
export const MAX_BODY_BYTES = 512 * 1024;
