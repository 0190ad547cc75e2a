import { createHash, timingSafeEqual } from 'node:crypto';
import { canonicalJson, hmacSha256Hex } from '@signalbox/plugin-sdk';

/** How a tool authenticates what it posts. `path-token`: it cannot sign, so the hook URL carries a secret. */
export const VERIFICATIONS = ['path-token', 'x-signature-256', 'x-webhook-signature', 'x-nemo-signature'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

const SIGNATURE_HEADER: Record<Exclude<Verification, 'path-token'>, { header: string; prefix: string }> = {
  'x-signature-256': { header: 'x-signature-256', prefix: '' },
  'x-webhook-signature': { header: 'x-webhook-signature', prefix: '' },
  'x-nemo-signature': { header: 'x-nemo-signature', prefix: 'sha256=' },
};

/** Comparing digests keeps the comparison constant-time even when the lengths differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b)) && a.length === b.length;
}

export interface VerifyInput {
  verification: Verification;
  rawBody: string;
  parsedBody: unknown;
  headers: Record<string, string | string[] | undefined>;
  signingSecret?: string;
  pathToken: string;
  /** The token in the request path, if the request used `/v1/hooks/:id/:token`. */
  presentedToken?: string;
}

/** undefined when the request is authentic, else the reason (recorded and shown to admins, never the secret). */
export function verifyHook(input: VerifyInput): string | undefined {
  if (input.verification === 'path-token') {
    if (input.presentedToken === undefined) return 'missing path token: post to the hook URL shown for this source, token included';
    return constantTimeEqual(input.presentedToken, input.pathToken) ? undefined : 'path token does not match';
  }
  const { header, prefix } = SIGNATURE_HEADER[input.verification];
  const value = input.headers[header];
  if (typeof value !== 'string' || value.trim() === '') return `missing ${header} header`;
  if (!input.signingSecret) return 'this source has no signing secret configured';
  // Nemo Router signs canonical JSON of what it sends; re-canonicalising the parsed body makes the check
  // independent of how the body was formatted on the wire. The others sign the exact bytes (hex HMAC).
  const signed = input.verification === 'x-nemo-signature' ? canonicalJson(input.parsedBody) : input.rawBody;
  const expected = prefix + hmacSha256Hex(input.signingSecret, signed);
  // A sender rotating its secret lists several signatures, comma-separated; any one matching is enough.
  const presented = value.split(',').map((part) => part.trim());
  const matches = presented.map((candidate) => constantTimeEqual(candidate.toLowerCase(), expected));
  return matches.includes(true) ? undefined : `${header} does not match the body signed with this source's secret`;
}
