import { defineChannel, maskUrl } from '@signalbox/plugin-sdk';
import { TEAMS_MAX_PAYLOAD_BYTES, type TeamsPayload } from './teams.card.types.js';
import { teamsConfigSchema } from './teams.config.js';
import { formatTeams } from './teams.format.js';
import { sendTeams } from './teams.send.js';
import { validateTeamsPayload } from './teams.validate.js';
import { TEAMS_CHANNEL_VERSION, TEAMS_PLUGIN_ID } from './teams.version.js';

/** Microsoft Teams through a Workflows (Power Automate) webhook: one Adaptive Card per delivery. */
export const teamsChannel = defineChannel({
  id: TEAMS_PLUGIN_ID,
  name: 'Microsoft Teams',
  version: TEAMS_CHANNEL_VERSION,
  description: 'Post alerts to a Teams channel or chat through a Workflows webhook, as an Adaptive Card.',
  icon: 'teams.svg',
  config: teamsConfigSchema,
  // The URL's sig query parameter is a shared-access signature.
  secrets: ['webhookUrl'],
  describeDestination: (config) => maskUrl(config.webhookUrl),
  limits: { ratePerSecond: 1, maxPayloadBytes: TEAMS_MAX_PAYLOAD_BYTES },
  // Adaptive Card markdown has no documented escape sequence (a backslash would show), so values go in as typed;
  // cards cannot mention anyone through text, so event data cannot ping.
  escape: 'none',
  // Nothing in the config changes the card.
  format: (message) => formatTeams(message),
  send: (payload, config, ctx) => sendTeams(payload, config, ctx),
  validatePayload: (payload: TeamsPayload) => validateTeamsPayload(payload),
});
