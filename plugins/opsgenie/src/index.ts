import { opsgenieChannel } from './opsgenie.channel.js';

export { opsgenieChannel } from './opsgenie.channel.js';
export { opsgenieConfigSchema, OPSGENIE_REGIONS, type OpsgenieConfig } from './opsgenie.config.js';
export { formatOpsgenie, alertAlias, PRIORITY, type OpsgeniePayload } from './opsgenie.format.js';
export { OPSGENIE_LIMITS } from './opsgenie.limits.js';
export default opsgenieChannel;
