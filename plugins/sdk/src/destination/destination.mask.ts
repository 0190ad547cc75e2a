/**
 * Masks for "where does this channel point": enough for a person to recognise the destination in a list
 * (host, first letter of a mailbox, last four characters of a key), never enough to use it.
 */
const ELLIPSIS = '…';

/** The last `count` characters of a secret, or nothing when the secret is too short to hide the rest. */
export function maskTail(secret: string, count = 4): string {
  const value = secret.trim();
  return value.length >= count * 2 ? `${ELLIPSIS}${value.slice(-count)}` : ELLIPSIS;
}

/** `https://hooks.slack.com/services/T0/B0/abcd1234` → `hooks.slack.com/…/1234`; query and credentials dropped. */
export function maskUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return ELLIPSIS;
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  const lastSegment = path.split('/').at(-1) ?? '';
  if (!lastSegment) return parsed.host;
  return lastSegment.length >= 8 ? `${parsed.host}/${ELLIPSIS}/${lastSegment.slice(-4)}` : `${parsed.host}/${ELLIPSIS}`;
}

/** `ops@example.com` → `o***@example.com`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return ELLIPSIS;
  return `${address[0]}***${address.slice(at)}`;
}

/** One address, or the first one and how many more: `o***@example.com +2`. */
export function maskEmails(addresses: string | readonly string[]): string {
  const list = typeof addresses === 'string' ? [addresses] : addresses;
  if (list.length === 0) return ELLIPSIS;
  return list.length === 1 ? maskEmail(list[0]!) : `${maskEmail(list[0]!)} +${list.length - 1}`;
}
