import { canonicalJson, HMAC_HEADER_STYLES, type RequestPreview, type RequestPreviewHeader } from '@signalbox/plugin-sdk';
import type { WebhookConfig } from './webhook.config.js';
import type { WebhookPayload } from './webhook.format.js';
import { WEBHOOK_CHANNEL_VERSION } from './webhook.version.js';

const PER_ATTEMPT = 'computed at each attempt with the channel’s signing secret (never shown)';

/** The signature headers a style adds, with their values described: they depend on the send time and the secret. */
function signatureHeaders(config: WebhookConfig): RequestPreviewHeader[] {
  const { style, previousSecret } = config.signing;
  const rotating = Boolean(previousSecret);
  if (style === 'none') return [];
  if (style === 'standard-webhooks') {
    const one = 'v1,<base64 HMAC-SHA256>';
    return [
      { name: 'webhook-timestamp', value: '<unix seconds of the attempt>', note: 'receivers reject timestamps more than 5 minutes off' },
      { name: 'webhook-signature', value: rotating ? `${one} ${one}` : one, note: `HMAC of "{webhook-id}.{webhook-timestamp}.{body}", ${PER_ATTEMPT}${rotating ? '; one per secret during rotation' : ''}` },
    ];
  }
  const { header, prefix } = HMAC_HEADER_STYLES[style];
  const one = `${prefix}<hex HMAC-SHA256>`;
  return [{ name: header, value: rotating ? `${one},${one}` : one, note: `HMAC of the body, ${PER_ATTEMPT}${rotating ? '; one per secret during rotation' : ''}` }];
}

/** The request sendWebhook() makes for this payload, as the dry run shows it: same headers, same body bytes. */
export function describeWebhookRequest(payload: WebhookPayload, config: WebhookConfig): RequestPreview {
  const custom = Object.keys(config.headers ?? {}).map((name) => ({ name, value: '••••••', note: 'custom header, stored encrypted' }));
  const body = config.signing.style === 'x-nemo-signature' ? canonicalJson(payload.value) : (payload.raw ?? JSON.stringify(payload.value));
  return {
    method: config.method,
    headers: [
      ...custom,
      { name: 'content-type', value: 'application/json' },
      { name: 'user-agent', value: `Signalbox-Webhook/${WEBHOOK_CHANNEL_VERSION}` },
      { name: 'webhook-id', value: '<delivery id>', note: 'the same on every attempt of a delivery, so receivers can drop duplicates' },
      ...signatureHeaders(config),
    ],
    body,
  };
}
