export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * At most `max` UTF-16 code units, ending in an ellipsis when cut. Teams' limit is in bytes, but text is cut by characters; measuring code
 * units is the conservative reading (an emoji is 2 here), and cutting on grapheme boundaries never leaves half
 * an emoji, a dangling surrogate or a flag split in two.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return max <= 0 ? '' : ELLIPSIS.slice(0, max);
  return graphemePrefix(text, max - ELLIPSIS.length).trimEnd() + ELLIPSIS;
}

/** The longest prefix of at most `max` code units that ends on a grapheme boundary. */
export function graphemePrefix(text: string, max: number): string {
  let kept = '';
  // Segmenting costs grow with the whole string's length (seconds for 100 kB), and the boundary at `max` only
  // depends on what precedes it and the next character, so only that much is segmented.
  for (const { segment } of graphemes.segment(text.slice(0, max + 2))) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}

/** One line of plain text: titles and field names do not wrap nicely around newlines and tabs. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// C0/C1 controls other than tab and newline, and unpaired surrogates: invisible at best, rejected at worst.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSENDABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters no chat client shows and some APIs refuse; `\r\n` becomes `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSENDABLE, '');
}
