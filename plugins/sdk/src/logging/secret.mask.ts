export const MASK = '***';

/**
 * The forms a secret can take in a log line: as is, URL-encoded (query strings, form bodies; both `%20` and
 * `+` for spaces), and JSON-escaped (a secret with a quote or backslash inside a serialized body).
 */
function variants(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+'), encodeURI(secret), JSON.stringify(secret).slice(1, -1)]);
  return [...forms];
}

/**
 * Builds a function that replaces every secret value (and its encoded forms) with `***`. Longest first, so a
 * secret that contains another is masked whole. Empty strings are ignored (they would match everywhere).
 */
export function createSecretMasker(secretValues: Iterable<string>): (text: string) => string {
  const needles = [...new Set([...secretValues].filter((value) => typeof value === 'string' && value.length > 0).flatMap(variants))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (text) => text;
  return (text) => needles.reduce((masked, needle) => masked.split(needle).join(MASK), text);
}

/** Masks strings anywhere inside a log field value (objects, arrays, Errors), without mutating it. */
export function maskValue(value: unknown, mask: (text: string) => string, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return mask(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (value instanceof Error) return { name: value.name, message: mask(value.message), stack: value.stack === undefined ? undefined : mask(value.stack) };
  if (Array.isArray(value)) return value.map((item) => maskValue(item, mask, seen));
  if (value instanceof URL) return mask(value.toString());
  if (value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskValue(item, mask, seen)]));
}
