import { defineChannel, maskUrl } from '@signalbox/plugin-sdk';
import { mattermostConfigSchema } from './mattermost.config.js';
import { formatMattermost } from './mattermost.format.js';
import { sendMattermost } from './mattermost.send.js';
import { validateMattermostPayload } from './mattermost.validate.js';

/** Mattermost incoming webhook: one Slack-compatible attachment per alert, coloured by severity. */
export const mattermostChannel = defineChannel({
  id: 'mattermost',
  name: 'Mattermost',
  version: '0.1.0',
  description: 'Post alerts to a Mattermost channel through an incoming webhook (message attachment coloured by severity).',
  config: mattermostConfigSchema,
  secrets: ['webhookUrl'],
  describeDestination: (config) => maskUrl(config.webhookUrl),
  // Mattermost's API rate limiting defaults to 10 requests per second per client (RateLimitSettings.PerSec).
  limits: { ratePerSecond: 10, maxPayloadBytes: 1024 * 1024 },
  // Mattermost renders markdown in both the message and attachment text.
  escape: 'markdown',
  format: formatMattermost,
  validatePayload: validateMattermostPayload,
  send: sendMattermost,
});
