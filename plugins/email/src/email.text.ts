import { decodeHTML } from 'entities';
import MarkdownIt, { type Token } from 'markdown-it';

// Raw HTML off: a `<script>` in an event value is text, escaped on output. markdown-it's link validation drops
// javascript:/vbscript:/data: links. Single newlines are line breaks, as alert bodies are written.
export const markdown = new MarkdownIt('default', { html: false, linkify: false, breaks: true });

/**
 * A Message value as plain text. The template step escapes values as HTML for this channel (`escape: 'html'`),
 * so `&lt;b&gt;` arrives here: decode once; the HTML part escapes again, the text part shows it as typed.
 */
export function plain(value: string): string {
  return stripControls(decodeHTML(value));
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const stripControls = (value: string) => value.replace(CONTROL, '');

function inlineText(tokens: Token[]): string {
  let out = '';
  let href: string | undefined;
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') out += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += '\n';
    else if (token.type === 'image') out += token.content;
    else if (token.type === 'link_open') href = String(token.attrGet('href') ?? '');
    else if (token.type === 'link_close' && href) out += ` (${href})`;
  }
  return out;
}

/** The markdown body as readable plain text: emphasis markers gone, links as "text (url)", lists as "- item". */
export function markdownToText(source: string): string {
  let out = '';
  let depth = 0;
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') out += inlineText(token.children ?? []);
    else if (token.type === 'paragraph_close' && !token.hidden) out += '\n\n';
    else if (token.type === 'heading_close') out += '\n\n';
    else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') depth += 1;
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      depth -= 1;
      if (depth === 0) out += '\n';
    }
    else if (token.type === 'list_item_open') out += `${'  '.repeat(depth - 1)}- `;
    else if (token.type === 'list_item_close') out += '\n';
    else if (token.type === 'fence' || token.type === 'code_block') out += `${token.content}\n`;
    else if (token.type === 'blockquote_open') out += '> ';
  }
  // markdown-it already decoded entities in text tokens: only controls are left to remove.
  return stripControls(out).replace(/\n{3,}/g, '\n\n').trim();
}
