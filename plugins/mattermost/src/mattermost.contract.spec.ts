import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import mattermost from './index.js';

const json = (status: number, id: string, message: string) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, message, status_code: status }) });

// The SDK's standard checks with Mattermost's answers: JSON error bodies, and 404 meaning the webhook was deleted.
runChannelContractTests(mattermost, {
  validConfig: (url) => ({ webhookUrl: `${url}/hooks/contractsecrethook1234567890` }),
  responses: {
    success: { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' },
    permanentErrors: [json(400, 'web.incoming_webhook.text.app_error', 'No text specified.'), json(403, 'web.incoming_webhook.disabled.app_error', 'Incoming webhooks have been disabled by the system admin.')],
    goneErrors: [json(404, 'web.incoming_webhook.invalid.app_error', 'Invalid webhook.'), { status: 410, body: 'gone' }],
  },
});
