const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `maxLength` UTF-16 code units (what JavaScript's `.length`, and most platforms'
 * documented limits, count), ending with an ellipsis. Cuts between graphemes only: never half an emoji,
 * a lone surrogate or a letter without its accent — payloads stay valid and readable.
 */
export function truncateText(text: string, maxLength: number, ellipsis: string = ELLIPSIS): string {
  if (text.length <= maxLength) return text;
  const budget = maxLength - ellipsis.length;
  if (budget <= 0) return ellipsis.slice(0, Math.max(0, maxLength));
  // No space before the ellipsis: "failed …" reads as a gap, "failed…" as a cut.
  return graphemePrefix(text, budget).trimEnd() + ellipsis;
}

/** The longest prefix of at most `maxLength` code units that ends on a grapheme boundary. */
export function graphemePrefix(text: string, maxLength: number): string {
  let end = 0;
  // Segmenting costs grow with the string's length, and the boundary at maxLength depends only on what
  // precedes it and the next few characters, so only that much is segmented.
  for (const { segment } of segmenter.segment(text.slice(0, maxLength + 16))) {
    if (end + segment.length > maxLength) break;
    end += segment.length;
  }
  return text.slice(0, end);
}

/** Same as truncateText, measured in UTF-8 bytes (email subjects, PagerDuty bodies, any byte-counted field). */
export function truncateBytes(text: string, maxBytes: number, ellipsis: string = ELLIPSIS): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
  if (budget <= 0) return '';
  let bytes = 0;
  let end = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = Buffer.byteLength(segment, 'utf8');
    if (bytes + size > budget) break;
    bytes += size;
    end += segment.length;
  }
  return text.slice(0, end) + ellipsis;
}
