import { mattermostChannel } from './mattermost.channel.js';

export { mattermostChannel } from './mattermost.channel.js';
export { mattermostConfigSchema, type MattermostConfig } from './mattermost.config.js';
export { formatMattermost, type MattermostPayload, type MattermostAttachment } from './mattermost.format.js';
export { MATTERMOST_LIMITS } from './mattermost.limits.js';
export default mattermostChannel;
