import { defineChannel, maskTail } from '@signalbox/plugin-sdk';
import { opsgenieConfigSchema } from './opsgenie.config.js';
import { formatOpsgenie } from './opsgenie.format.js';
import { sendOpsgenie } from './opsgenie.send.js';
import { validateOpsgeniePayload } from './opsgenie.validate.js';

/** Opsgenie Alert API v2: create alerts by alias, close them by alias when the recovery arrives. */
export const opsgenieChannel = defineChannel({
  id: 'opsgenie',
  name: 'Opsgenie',
  version: '0.1.0',
  description: 'Create Opsgenie alerts (priority from severity) and close them by alias on recovery (Alert API v2, US or EU).',
  config: opsgenieConfigSchema,
  // The API key can create and close alerts for the whole integration (and page its responders).
  secrets: ['apiKey'],
  describeDestination: (config) => `${config.region.toUpperCase()} · API key ${maskTail(config.apiKey)}`,
  // Opsgenie rate-limits the Alert API per account and minute, by plan; 5 requests/s per channel stays inside them.
  limits: { ratePerSecond: 5, maxPayloadBytes: 64 * 1024 },
  // Values reach Opsgenie through JSON and show as plain text.
  escape: 'none',
  format: formatOpsgenie,
  validatePayload: validateOpsgeniePayload,
  send: sendOpsgenie,
});
