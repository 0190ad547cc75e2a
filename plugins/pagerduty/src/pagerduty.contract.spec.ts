import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import pagerduty from './index.js';
import { ROUTING_KEY } from './pagerduty.test-kit.js';

const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

runChannelContractTests(pagerduty, {
  validConfig: (receiverUrl: string) => ({ routingKey: ROUTING_KEY, apiBaseUrl: receiverUrl }),
  responses: {
    success: json(202, { status: 'success', message: 'Event processed', dedup_key: 'k' }),
    // PagerDuty's 429 carries no delay: the channel applies its own.
    rateLimited: () => json(429, { status: 'throttle event', message: 'Requests for this service are arriving too quickly.' }),
    rateLimitHasDelay: false,
    permanentErrors: [json(400, { status: 'invalid event', message: 'Event object is invalid', errors: ['x'] }), json(401, {}), json(403, {}), json(404, {})],
  },
});
