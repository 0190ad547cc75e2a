import { slackChannel } from './slack.channel.js';

export { slackChannel } from './slack.channel.js';
export { slackConfigSchema, type SlackConfig } from './slack.config.js';
export { formatSlack } from './slack.format.js';
export { markdownToMrkdwn } from './slack.mrkdwn.js';
export { SLACK_LIMITS, type SlackBlock, type SlackPayload } from './slack.payload.js';
export { validateSlackPayload } from './slack.validate.js';
export { SLACK_CHANNEL_VERSION, SLACK_PLUGIN_ID } from './slack.version.js';
export default slackChannel;
