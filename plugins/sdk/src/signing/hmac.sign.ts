import { createHmac } from 'node:crypto';

/** The seed products' hex-HMAC header styles (see fixtures/seed-events.json "signature"). */
export const HMAC_HEADER_STYLES = {
  /** AI Admin Panel: hex HMAC-SHA256 of the raw body. */
  'x-signature-256': { header: 'X-Signature-256', prefix: '' },
  /** AstraNetmon: hex HMAC-SHA256 of the JSON body (we sign the exact JSON bytes we send). */
  'x-webhook-signature': { header: 'X-Webhook-Signature', prefix: '' },
  /** Nemo Router: `sha256=<hex>` over canonical JSON (the body is sent in that canonical form). */
  'x-nemo-signature': { header: 'X-Nemo-Signature', prefix: 'sha256=' },
} as const;
export type HmacHeaderStyle = keyof typeof HMAC_HEADER_STYLES;

/** Hex HMAC-SHA256; the secret is used as its UTF-8 bytes, as `hmac.new(secret.encode(), ...)` does. */
export function hmacSha256Hex(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data, 'utf8').digest('hex');
}

/**
 * One header with one signature per secret. During rotation the signatures are comma-separated, current
 * first, each with its full prefix (`a1b2…,c3d4…` or `sha256=a1b2…,sha256=c3d4…`): hex and `sha256=` never
 * contain a comma, so a receiver splits on "," and accepts if any entry matches (constant-time compare).
 * A receiver that compares the whole header to one HMAC only verifies while a single secret is configured.
 */
export function hmacSignatureHeaders(style: HmacHeaderStyle, body: string, secrets: readonly string[]): Record<string, string> {
  if (secrets.length === 0) throw new Error(`${style} signing needs at least one secret`);
  const { header, prefix } = HMAC_HEADER_STYLES[style];
  return { [header]: secrets.map((secret) => prefix + hmacSha256Hex(secret, body)).join(',') };
}
