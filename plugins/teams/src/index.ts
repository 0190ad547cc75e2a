import { teamsChannel } from './teams.channel.js';

export { teamsChannel } from './teams.channel.js';
export { teamsConfigSchema, isRetiredConnectorUrl, RETIRED_CONNECTOR_MESSAGE, type TeamsConfig } from './teams.config.js';
export { formatTeams } from './teams.format.js';
export { markdownToAdaptive } from './teams.markdown.js';
export { TEAMS_MAX_PAYLOAD_BYTES, type AdaptiveCard, type TeamsPayload } from './teams.card.types.js';
export { validateTeamsPayload } from './teams.validate.js';
export { TEAMS_CHANNEL_VERSION, TEAMS_PLUGIN_ID } from './teams.version.js';
export default teamsChannel;
