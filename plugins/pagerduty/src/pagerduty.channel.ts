import { defineChannel, maskTail } from '@signalbox/plugin-sdk';
import { pagerdutyConfigSchema } from './pagerduty.config.js';
import { formatPagerduty } from './pagerduty.format.js';
import { sendPagerduty } from './pagerduty.send.js';
import { validateEvent } from './pagerduty.schema.js';
import { MAX_BODY_BYTES, PAGERDUTY_CHANNEL_VERSION, PAGERDUTY_PLUGIN_ID } from './pagerduty.version.js';

/** PagerDuty Events API v2: trigger, acknowledge and resolve alerts on a service, deduplicated by dedup_key. */
export const pagerdutyChannel = defineChannel({
  id: PAGERDUTY_PLUGIN_ID,
  name: 'PagerDuty',
  version: PAGERDUTY_CHANNEL_VERSION,
  description: 'Trigger and resolve PagerDuty alerts (Events API v2); a recovery event resolves the alert its failure opened.',
  icon: 'pagerduty.svg',
  config: pagerdutyConfigSchema,
  // Anyone holding the integration key can open incidents on the service (and page its on-call).
  secrets: ['routingKey'],
  describeDestination: (config) => `routing key ${maskTail(config.routingKey)}`,
  limits: { maxPayloadBytes: MAX_BODY_BYTES },
  // Values reach PagerDuty through JSON serialization and are shown as plain text: no escaping.
  escape: 'none',
  format: formatPagerduty,
  validatePayload: (event) => validateEvent(event, { dedupKeyRequired: false }),
  send: (event, config, ctx) => sendPagerduty(event, config, ctx),
});
