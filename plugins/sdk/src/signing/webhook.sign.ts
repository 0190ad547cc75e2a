import { canonicalJson } from './canonical-json.js';
import { HMAC_HEADER_STYLES, hmacSignatureHeaders, type HmacHeaderStyle } from './hmac.sign.js';
import { standardWebhooksHeaders } from './standard-webhooks.sign.js';

export const SIGNING_STYLES = ['standard-webhooks', 'x-signature-256', 'x-webhook-signature', 'x-nemo-signature', 'none'] as const;
export type SigningStyle = (typeof SIGNING_STYLES)[number];

export interface SignedBody {
  /** The exact bytes to send; the signatures cover them. */
  body: string;
  headers: Record<string, string>;
}

/**
 * Serializes a JSON value for a signing style and signs it. `x-nemo-signature` sends canonical JSON so raw-body
 * verifiers and re-serializing verifiers both match; other styles send `rawBody` when given (a rendered
 * template, byte for byte) or JSON.stringify(value). `secrets` is [current, previous?].
 */
export function signJsonBody(input: { style: SigningStyle; value: unknown; rawBody?: string; secrets: readonly string[]; id: string; timestamp: Date }): SignedBody {
  const { style, secrets } = input;
  if (style === 'x-nemo-signature') {
    const body = canonicalJson(input.value);
    return { body, headers: hmacSignatureHeaders(style, body, secrets) };
  }
  const body = input.rawBody ?? JSON.stringify(input.value);
  if (style === 'none') return { body, headers: {} };
  if (style === 'standard-webhooks') return { body, headers: { ...standardWebhooksHeaders({ id: input.id, timestamp: input.timestamp, body, secrets }) } };
  return { body, headers: hmacSignatureHeaders(style as HmacHeaderStyle, body, secrets) };
}

/** Lower-cased names of every header a signing style may set (plugins must not let users override them). */
export const SIGNATURE_HEADER_NAMES: readonly string[] = ['webhook-id', 'webhook-timestamp', 'webhook-signature', ...Object.values(HMAC_HEADER_STYLES).map((s) => s.header.toLowerCase())];
