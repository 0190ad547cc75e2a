import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import opsgenie from './index.js';

const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

// The SDK's standard checks with Opsgenie's answers: 202 + requestId, 422 with field errors, 401 for a bad key.
runChannelContractTests(opsgenie, {
  validConfig: (url) => ({ apiKey: 'c0ntract-0000-4000-8000-s3cretkey000', apiBaseUrl: url }),
  responses: {
    success: json(202, { result: 'Request will be processed', took: 0.1, requestId: 'r1' }),
    permanentErrors: [json(400, { message: 'Could not parse request body' }), json(422, { message: 'Request body is not processable.', errors: { message: 'x' } }), json(401, { message: 'Could not authenticate' }), json(403, { message: 'forbidden' }), json(404, { message: 'Not found' })],
  },
});
