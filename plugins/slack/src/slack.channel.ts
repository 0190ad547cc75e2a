import { defineChannel, maskUrl } from '@signalbox/plugin-sdk';
import { slackConfigSchema } from './slack.config.js';
import { formatSlack } from './slack.format.js';
import { sendSlack } from './slack.send.js';
import type { SlackPayload } from './slack.payload.js';
import { validateSlackPayload } from './slack.validate.js';
import { SLACK_CHANNEL_VERSION, SLACK_PLUGIN_ID } from './slack.version.js';

/** Slack through an incoming webhook: one Block Kit message per delivery. */
export const slackChannel = defineChannel({
  id: SLACK_PLUGIN_ID,
  name: 'Slack',
  version: SLACK_CHANNEL_VERSION,
  description: 'Post alerts to a Slack channel through an incoming webhook, as a Block Kit message.',
  icon: 'slack.svg',
  config: slackConfigSchema,
  // The URL is the only credential an incoming webhook has.
  secrets: ['webhookUrl'],
  describeDestination: (config) => maskUrl(config.webhookUrl),
  // Slack allows about one message per second per incoming webhook.
  limits: { ratePerSecond: 1 },
  // Template values arrive with &, < and > escaped, so event data cannot forge links or @channel mentions.
  escape: 'slack_mrkdwn',
  format: formatSlack,
  send: (payload, config, ctx) => sendSlack(payload, config, ctx),
  validatePayload: (payload: SlackPayload) => validateSlackPayload(payload),
});
