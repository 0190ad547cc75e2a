import { truncateText } from '@signalbox/plugin-sdk';

/** Card text is Google Chat's HTML subset: `<`, `>` and `&` in content must be entities. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markdown subset Signalbox messages use → Chat's HTML: bold and https links; everything else stays text. */
export function markdownToChatHtml(markdown: string): string {
  return escapeHtml(markdown)
    // Bounded repetitions: an unclosed `[` or `**` in a long line must not make matching quadratic.
    .replace(/\*\*([^*\n]{1,1000})\*\*/g, '<b>$1</b>')
    .replace(/\[([^\]\n]{1,1000})\]\((https?:\/\/[^\s)"]{1,2000})\)/g, (_, label: string, url: string) => `<a href="${url.replace(/"/g, '%22')}">${label}</a>`);
}

/**
 * The longest prefix of `raw` (cut with an ellipsis) whose rendering fits `max` characters. Cutting the rendered
 * HTML instead could split an entity or a tag; escaping only grows text, so shrink the source until it fits.
 */
export function fitRendered(raw: string, max: number, render: (text: string) => string): string {
  let budget = max;
  let out = render(truncateText(raw, budget));
  while (out.length > max && budget > 0) {
    budget = Math.max(0, budget - Math.max(1, out.length - max));
    out = render(truncateText(raw, budget));
  }
  return out;
}
