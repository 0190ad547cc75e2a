import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import slack from './index.js';

const text = (status: number, body: string) => ({ status, headers: { 'content-type': 'text/plain' }, body });

// The SDK's standard checks, with Slack's own answers: plain-text error codes, and 404/410 meaning the webhook is gone.
runChannelContractTests(slack, {
  validConfig: (url) => ({ webhookUrl: `${url}/services/T0CONTRACT/B0CONTRACT/contractS3cretHookToken` }),
  responses: {
    success: text(200, 'ok'),
    permanentErrors: [text(400, 'invalid_blocks'), text(400, 'invalid_payload'), text(403, 'action_prohibited'), text(403, 'invalid_token')],
    goneErrors: [text(404, 'no_service'), text(410, 'channel_is_archived')],
  },
});
