import { defineChannel } from '@signalbox/plugin-sdk';
import { jiraConfigSchema } from './jira.config.js';
import { formatJira } from './jira.format.js';
import { sendJira } from './jira.send.js';
import { validateJiraPayload } from './jira.validate.js';

/** Jira Cloud REST API v3: an issue per alert, idempotent per delivery; the recovery comments (and transitions). */
export const jiraChannel = defineChannel({
  id: 'jira',
  name: 'Jira',
  version: '0.1.0',
  description: 'Create a Jira Cloud issue per alert (priority from severity, description in ADF); a recovery comments on it or transitions it.',
  config: jiraConfigSchema,
  secrets: ['apiToken'],
  describeDestination: (config) => `${new URL(config.siteUrl).host} · ${config.projectKey}`,
  // Jira Cloud's REST limits are cost-based per account and answered with 429 + Retry-After; a delivery makes up
  // to four calls, so 2 deliveries/s per channel stays well inside them.
  limits: { ratePerSecond: 2, maxPayloadBytes: 128 * 1024 },
  // format() builds ADF nodes from the text; values are JSON strings, not markup.
  escape: 'none',
  format: formatJira,
  validatePayload: validateJiraPayload,
  send: sendJira,
});
