import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export const STANDARD_WEBHOOKS_SECRET_PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A fresh `whsec_` secret (32 random bytes), for the UI's "generate" button and rotation. */
export function generateStandardWebhooksSecret(): string {
  return STANDARD_WEBHOOKS_SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The spec's shape: `whsec_` (optional) + base64 of 24–64 bytes. */
export function isStandardWebhooksSecret(secret: string): boolean {
  const encoded = secret.startsWith(STANDARD_WEBHOOKS_SECRET_PREFIX) ? secret.slice(STANDARD_WEBHOOKS_SECRET_PREFIX.length) : secret;
  if (!BASE64.test(encoded)) return false;
  const bytes = Buffer.from(encoded, 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

export interface StandardWebhooksHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Signs `{id}.{timestamp}.{body}` with each secret (the standardwebhooks package does the HMAC) and lists the
 * signatures space-separated, as the spec prescribes for rotation: `v1,<current> v1,<previous>`. A receiver
 * holding either secret verifies. `body` must be the exact bytes sent. Re-sign on every attempt: receivers
 * reject timestamps more than five minutes off, so a retry cannot reuse the first attempt's headers.
 */
export function standardWebhooksHeaders(input: { id: string; timestamp: Date; body: string; secrets: readonly string[] }): StandardWebhooksHeaders {
  if (input.secrets.length === 0) throw new Error('standard-webhooks signing needs at least one secret');
  const signatures = input.secrets.map((secret) => new Webhook(secret).sign(input.id, input.timestamp, input.body));
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(Math.floor(input.timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
