import MarkdownIt, { type Token } from 'markdown-it';
import { cleanText, text, type Segment, type TelegramTag } from './telegram.segments.js';

// Raw HTML off: a `<b>` typed into a value is text, not markup. Single newlines are line breaks, as in chat.
// Tables are off: Telegram cannot show them, and pipes in alert text should stay pipes.
const md = new MarkdownIt('default', { html: false, linkify: false, breaks: true }).disable(['table']);

const INLINE_TAGS: Record<string, TelegramTag> = { strong: 'b', em: 'i', s: 's' };
const SAFE_HREF = /^(https?:|mailto:|tg:)/i;

/** Inline tokens → segments: bold, italic, strikethrough, code and http(s) links; images become their alt text. */
function inline(tokens: Token[]): Segment[] {
  const out: Segment[] = [];
  const links: boolean[] = [];
  for (const token of tokens) {
    const [name, side] = token.type.split(/_(open|close)$/) as [string, string | undefined];
    if (token.type === 'text') out.push(text(cleanText(token.content)));
    else if (token.type === 'code_inline') out.push({ kind: 'open', tag: 'code' }, text(cleanText(token.content)), { kind: 'close', tag: 'code' });
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out.push(text('\n'));
    else if (token.type === 'image') out.push(text(cleanText(token.content)));
    else if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      links.push(SAFE_HREF.test(href));
      if (SAFE_HREF.test(href)) out.push({ kind: 'open', tag: 'a', href });
    } else if (token.type === 'link_close') {
      if (links.pop()) out.push({ kind: 'close', tag: 'a' });
    } else if (INLINE_TAGS[name] && side) out.push({ kind: side as 'open' | 'close', tag: INLINE_TAGS[name]! });
  }
  return out;
}

/**
 * The neutral body's markdown subset → Telegram's HTML subset: **bold** → <b>, _italic_ → <i>, `code` →
 * <code>, fenced code → <pre>, [links](https://…) → <a href>, "- " lists → "• " lines, headings → bold lines,
 * quotes → <blockquote>. markdown-it also decodes entities in text (the template step HTML-escapes values).
 */
export function markdownSegments(markdown: string): Segment[] {
  const out: Segment[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  const block = (tag: TelegramTag, content: string) => out.push({ kind: 'open', tag }, text(cleanText(content.replace(/\n$/, ''))), { kind: 'close', tag }, text('\n\n'));
  for (const token of md.parse(markdown, {})) {
    switch (token.type) {
      case 'inline':
        out.push(...inline(token.children ?? []));
        break;
      case 'paragraph_close':
        if (!token.hidden) out.push(text('\n\n'));
        break;
      case 'heading_open':
        out.push({ kind: 'open', tag: 'b' });
        break;
      case 'heading_close':
        out.push({ kind: 'close', tag: 'b' }, text('\n\n'));
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) out.push(text('\n'));
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        out.push(text(list?.ordered ? `${indent}${list.next++}. ` : `${indent}• `));
        break;
      }
      case 'list_item_close':
        out.push(text('\n'));
        break;
      case 'blockquote_open':
        out.push({ kind: 'open', tag: 'blockquote' });
        break;
      case 'blockquote_close':
        // The quote's last paragraph ended with a blank line: it belongs after the quote, not inside it.
        while (out.at(-1)?.kind === 'text' && /^\n+$/.test((out.at(-1) as { text: string }).text)) out.pop();
        out.push({ kind: 'close', tag: 'blockquote' }, text('\n'));
        break;
      case 'fence':
      case 'code_block':
        block('pre', token.content);
        break;
      case 'hr':
        out.push(text('———\n\n'));
        break;
    }
  }
  return tidy(out);
}

/** Collapses the blank lines block ends leave behind (3+ newlines → 2) and trims the ends. */
function tidy(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let newlines = 0;
  for (const segment of segments) {
    if (segment.kind !== 'text') {
      out.push(segment);
      if (segment.kind === 'open') newlines = 0;
      continue;
    }
    let value = segment.text;
    if (/^\n*$/.test(value)) {
      const allowed = Math.max(0, 2 - newlines);
      value = value.slice(0, allowed);
      newlines += value.length;
    } else newlines = /\n*$/.exec(value)![0].length;
    if (value) out.push(text(value));
  }
  while (out.length && out.at(-1)!.kind === 'text' && /^\s*$/.test((out.at(-1) as { text: string }).text)) out.pop();
  const last = out.at(-1);
  if (last?.kind === 'text') out[out.length - 1] = text(last.text.trimEnd());
  return out;
}
