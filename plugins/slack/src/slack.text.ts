import { ELLIPSIS, graphemePrefix, truncateText } from '@signalbox/plugin-sdk';

const ENTITY = /&(amp|lt|gt);/g;
const DECODED: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/**
 * Escapes Slack's three control characters. Idempotent: an `&amp;`/`&lt;`/`&gt;` already produced by the
 * template step (EscapeMode 'slack_mrkdwn') is kept, so text is escaped exactly once whether or not the
 * route had a template (the default message arrives unescaped).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&(?!(?:amp|lt|gt);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** plain_text is not parsed for entities or links, so an escaped title is decoded back before it goes there. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, name: string) => DECODED[name] ?? '');
}

/**
 * Truncates mrkdwn, then drops a `<url|label>` or an `&entity;` the cut left open: an unclosed `<` would otherwise show the raw
 * URL syntax. Everything in message text is escaped, so a bare `<` can only be the start of a link we made.
 */
export function truncateMrkdwn(text: string, max: number): string {
  const cut = truncateText(text, max);
  if (cut === text) return cut;
  const open = cut.lastIndexOf('<');
  const withoutLink = open > cut.lastIndexOf('>') ? `${cut.slice(0, open).trimEnd()}${ELLIPSIS}` : cut;
  // Nor half an entity ("&am…"), which would show as typed.
  return withoutLink.replace(/&[a-z]{0,3}…$/, ELLIPSIS);
}

/**
 * Splits mrkdwn into chunks of at most `max` characters, preferring paragraph, then line, then word breaks
 * (never inside a `<link>`); the last allowed chunk is truncated with an ellipsis.
 */
export function splitMrkdwn(text: string, max: number, maxChunks: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max && chunks.length < maxChunks - 1) {
    const cut = cutPoint(rest, max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(truncateMrkdwn(rest, max));
  return chunks.filter((chunk) => chunk !== '');
}

function cutPoint(text: string, max: number): number {
  // A separator starting right at `max` still leaves a chunk of exactly `max` characters.
  const insideLink = (at: number) => text.lastIndexOf('<', at) > text.lastIndexOf('>', at);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, max);
    if (at > max / 2 && !insideLink(at)) return at;
  }
  // No good break: cut on a grapheme boundary, before an unfinished link.
  const kept = graphemePrefix(text, max);
  const open = kept.lastIndexOf('<');
  const at = open > kept.lastIndexOf('>') && open > 0 ? open : kept.length;
  return Math.max(at, 1);
}
