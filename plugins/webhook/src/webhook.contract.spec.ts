import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import { webhookChannel } from './webhook.channel.js';

// The SDK's standard checks, with credentials in every secret slot so the leak checks have something to find.
runChannelContractTests(webhookChannel, {
  validConfig: (url) => ({
    url: `${url}?token=tok_contract_url_secret_41`,
    headers: { Authorization: 'Bearer contract-bearer-secret-77' },
    signing: { style: 'standard-webhooks', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
  }),
});

// The same checks with a product-specific HMAC header and no custom headers.
runChannelContractTests(webhookChannel, {
  validConfig: (url) => ({ url, signing: { style: 'x-signature-256', secret: 'hmac-contract-secret-0042' } }),
});
