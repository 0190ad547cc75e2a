import { decodeHTML } from 'entities';

/**
 * Telegram HTML as a flat list of text and tags. Building messages from segments (never by concatenating
 * markup) keeps every tag balanced and every text escaped, and lets truncation count what Telegram counts:
 * the visible text after entity parsing, not the markup.
 */
export type Segment = { kind: 'text'; text: string } | { kind: 'open'; tag: TelegramTag; href?: string } | { kind: 'close'; tag: TelegramTag };
export type TelegramTag = 'b' | 'i' | 's' | 'code' | 'pre' | 'a' | 'blockquote';

const ELLIPSIS = '…';
// Telegram rejects text with NUL and other C0 controls in some positions; tabs and newlines are fine.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// A lone surrogate cannot be encoded as UTF-8 ("strings must be encoded in UTF-8"): replace it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '');
}

/**
 * Plain text from a Message value. The template step escapes interpolated values as HTML for this channel
 * (`escape: 'html'`), so `&lt;b&gt;` arrives here: decode it once, and escaping on output restores it.
 */
export function plainText(value: string): string {
  return cleanText(decodeHTML(value));
}

export const text = (value: string): Segment => ({ kind: 'text', text: value });
export const wrap = (tag: TelegramTag, inner: Segment[], href?: string): Segment[] => [{ kind: 'open', tag, ...(href ? { href } : {}) }, ...inner, { kind: 'close', tag }];

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Telegram knows only &lt; &gt; &amp; &quot; (and numeric entities): never emit &#39; or other named ones.
const escapeAttribute = (value: string) => escapeHtml(value).replace(/"/g, '&quot;');

/** Telegram's count: UTF-16 code units of the visible text (what its entity offsets are measured in). */
export function visibleLength(segments: Segment[]): number {
  return segments.reduce((sum, segment) => sum + (segment.kind === 'text' ? segment.text.length : 0), 0);
}

export function renderHtml(segments: Segment[]): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'text') return escapeHtml(segment.text);
      if (segment.kind === 'close') return `</${segment.tag}>`;
      return segment.tag === 'a' ? `<a href="${escapeAttribute(segment.href ?? '')}">` : `<${segment.tag}>`;
    })
    .join('');
}

/** Cuts `value` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutUnits(value: string, max: number): string {
  let end = Math.max(0, max);
  if (end > 0 && end < value.length && /[\uD800-\uDBFF]/.test(value[end - 1]!)) end -= 1;
  return value.slice(0, end);
}

/**
 * At most `max` visible characters, ending with an ellipsis when cut. Tags still open at the cut are
 * closed, and tags after it are dropped, so the result is always well formed.
 */
export function truncateSegments(segments: Segment[], max: number): Segment[] {
  if (visibleLength(segments) <= max) return segments;
  if (max <= 0) return [];
  const out: Segment[] = [];
  const open: TelegramTag[] = [];
  let remaining = max - ELLIPSIS.length;
  for (const segment of segments) {
    if (segment.kind === 'open') open.push(segment.tag);
    if (segment.kind === 'close') open.pop();
    if (segment.kind !== 'text' || segment.text.length <= remaining) {
      out.push(segment);
      if (segment.kind === 'text') remaining -= segment.text.length;
      continue;
    }
    out.push(text(cutUnits(segment.text, remaining).trimEnd() + ELLIPSIS));
    break;
  }
  // Close whatever the cut left open, innermost first; an `<a>` cut to nothing but "…" is still valid.
  return [...out, ...open.reverse().map((tag): Segment => ({ kind: 'close', tag }))];
}
