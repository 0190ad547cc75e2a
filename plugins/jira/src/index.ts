import { jiraChannel } from './jira.channel.js';

export { jiraChannel } from './jira.channel.js';
export { jiraConfigSchema, type JiraConfig } from './jira.config.js';
export { formatJira, alertLabel, type JiraPayload } from './jira.format.js';
export { deliveryLabel } from './jira.send.js';
export { JIRA_LIMITS } from './jira.limits.js';
export default jiraChannel;
