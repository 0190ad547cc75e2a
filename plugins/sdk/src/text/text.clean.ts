// C0/C1 controls other than tab and newline, and unpaired surrogates: invisible at best, rejected at worst.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSENDABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters no chat client shows and some APIs refuse; `\r\n` becomes `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSENDABLE, '');
}

/** One line of plain text: titles, headers and field names do not wrap nicely around newlines and tabs. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
