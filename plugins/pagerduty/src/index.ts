import { pagerdutyChannel } from './pagerduty.channel.js';

export { pagerdutyChannel } from './pagerduty.channel.js';
export { pagerdutyConfigSchema, type PagerdutyConfig } from './pagerduty.config.js';
export { formatPagerduty, dedupKey, type PagerdutyEvent, type TriggerPayload } from './pagerduty.format.js';
export { eventAction, type EventAction } from './pagerduty.action.js';
export { validateEvent } from './pagerduty.schema.js';
export { PAGERDUTY_CHANNEL_VERSION, PAGERDUTY_PLUGIN_ID } from './pagerduty.version.js';
export default pagerdutyChannel;
