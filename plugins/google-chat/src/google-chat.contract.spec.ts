import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import googleChat from './index.js';

const error = (code: number, status: string) => ({ status: code, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code, message: 'x', status } }) });

// The SDK's standard checks with Google's error bodies; 404 means the space or webhook is gone.
runChannelContractTests(googleChat, {
  validConfig: (url) => ({ webhookUrl: `${new URL(url).origin}/v1/spaces/AAAAcontract/messages?key=contractKey1234&token=contractS3cretT0ken` }),
  responses: {
    success: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'spaces/AAAAcontract/messages/m1' }) },
    permanentErrors: [error(400, 'INVALID_ARGUMENT'), error(401, 'UNAUTHENTICATED'), error(403, 'PERMISSION_DENIED')],
    goneErrors: [error(404, 'NOT_FOUND'), { status: 410, body: 'gone' }],
  },
});
