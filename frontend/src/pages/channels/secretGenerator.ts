import type { RJSFSchema } from '@rjsf/utils';

/** Only signing secrets are ours to choose; tokens, keys and URLs are issued by the platform and cannot be generated. */
export function isGeneratedSecret(fieldName: string): boolean {
  return fieldName === 'secret';
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/**
 * A new random secret from the browser's CSPRNG. A field whose schema speaks of Standard Webhooks secrets
 * (`whsec_…`) gets `whsec_` + base64 of 32 random bytes (the spec allows 24–64); any other gets 32 bytes as hex.
 */
export function generateSecret(schema: Pick<RJSFSchema, 'description' | 'pattern' | 'examples'>): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const hints = [schema.description, schema.pattern, ...(Array.isArray(schema.examples) ? schema.examples : [])].join(' ');
  if (hints.includes('whsec_')) return `whsec_${toBase64(bytes)}`;
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
