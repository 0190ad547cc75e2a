/**
 * The credential-bearing parts of a secret value. A receiver that echoes its request rarely echoes a secret
 * whole: it shows the request line (`POST /services/T0/B0/XXXX`), one header (`Bearer abc` → `abc` after a
 * proxy strips the scheme), a decoded Basic credential, or the secret half of a Telegram bot token. Each of
 * those pieces must be masked too, not only the configured value as typed.
 */

// Long enough that masking it cannot mangle ordinary words in a response ("services", "webhooks").
const MIN_PART = 8;

/** A path segment or query value that looks like an identifier or token rather than a word. */
const tokenLike = (part: string) => part.length >= MIN_PART && (/\d/.test(part) || /[A-Z]/.test(part) || /[^A-Za-z]/.test(part) || part.length >= 20);

function urlParts(value: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [];
  }
  if (!/^(https?|wss?|smtps?):$/.test(url.protocol)) return [];
  const parts: string[] = [];
  if (url.pathname.length > 1) parts.push(url.pathname + url.search, url.pathname);
  if (url.search.length > 1) parts.push(url.search.slice(1));
  for (const segment of url.pathname.split('/')) {
    const decoded = safeDecode(segment);
    if (tokenLike(decoded)) parts.push(decoded, segment);
  }
  for (const [, item] of url.searchParams) if (tokenLike(item)) parts.push(item);
  if (url.password) parts.push(safeDecode(url.password), url.password);
  if (url.username && tokenLike(safeDecode(url.username))) parts.push(safeDecode(url.username));
  return parts;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function credentialParts(value: string): string[] {
  const parts: string[] = [];
  // "Bearer x", "Token x", "Basic x", "Bot x": the credential without its scheme word.
  const scheme = /^\s*[A-Za-z][\w-]*\s+(\S.*?)\s*$/.exec(value);
  if (scheme && scheme[1]!.length >= MIN_PART) parts.push(scheme[1]!);
  const basic = /^\s*Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value);
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) parts.push(decoded, ...(decoded.length - colon - 1 >= 4 ? [decoded.slice(colon + 1)] : []));
  }
  // Telegram bot token "<bot id>:<secret>": the secret half alone is the credential.
  const bot = /^(\d{5,}):([\w-]{20,})$/.exec(value.trim());
  if (bot) parts.push(bot[2]!);
  return parts;
}

/** Every value plus the credential-bearing pieces inside it, deduplicated. */
export function secretParts(values: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string' || value.length === 0) continue;
    out.add(value);
    for (const part of [...urlParts(value.trim()), ...credentialParts(value)]) if (part.length >= 4) out.add(part);
  }
  return [...out];
}

/**
 * An excerpt cut at its length cap can end in the first characters of a secret, which whole-value masking
 * does not match; such a tail (six characters or more, before an optional ellipsis) is masked too.
 */
export function maskCutTail(text: string, parts: readonly string[], mask: string): string {
  const ellipsis = text.endsWith('…') ? '…' : '';
  const body = ellipsis ? text.slice(0, -1) : text;
  let cut = 0;
  for (const part of parts) {
    for (const form of new Set([part, encodeURIComponent(part)])) {
      for (let k = Math.min(form.length - 1, body.length); k >= 6 && k > cut; k--) {
        if (body.endsWith(form.slice(0, k))) {
          cut = k;
          break;
        }
      }
    }
  }
  return cut > 0 ? `${body.slice(0, body.length - cut)}${mask}${ellipsis}` : text;
}
