import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import discord from './index.js';
import { discordRateLimited } from './discord.fake.js';

const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

// The SDK's standard checks with Discord's answers: JSON errors, retry_after in the body, 404 = webhook deleted.
runChannelContractTests(discord, {
  validConfig: (url) => ({ webhookUrl: `${url}/api/webhooks/112233445566778899/contractWebhookT0ken-secret` }),
  responses: {
    success: json(200, { id: '1234567890123456789', type: 0 }),
    rateLimited: discordRateLimited,
    permanentErrors: [json(400, { message: 'Invalid Form Body', code: 50035 }), json(401, { message: 'Invalid Webhook Token', code: 50027 }), json(403, { message: 'Missing Access', code: 50001 })],
    goneErrors: [json(404, { message: 'Unknown Webhook', code: 10015 })],
  },
});
