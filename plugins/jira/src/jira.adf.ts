/** Atlassian Document Format, the subset alerts need. */
export type AdfMark = { type: 'strong' } | { type: 'code' } | { type: 'link'; attrs: { href: string } };
export type AdfInline = { type: 'text'; text: string; marks?: AdfMark[] } | { type: 'hardBreak' };
export type AdfBlock = { type: 'paragraph'; content: AdfInline[] } | { type: 'bulletList'; content: Array<{ type: 'listItem'; content: AdfBlock[] }> };
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfBlock[];
}

// Bounded repetitions: an unclosed `[` or `**` in a 100k-character line must not make matching quadratic.
const INLINE = /\*\*([^*\n]{1,1000})\*\*|`([^`\n]{1,1000})`|\[([^\]\n]{1,1000})\]\((https?:\/\/[^\s)]{1,2000})\)/g;

/** `**bold**`, `` `code` `` and https links become marks; ADF refuses empty text nodes, so none are made. */
export function inline(text: string): AdfInline[] {
  const out: AdfInline[] = [];
  const push = (value: string, marks?: AdfMark[]) => {
    if (value) out.push(marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
  };
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(last, m.index));
    if (m[1]) push(m[1], [{ type: 'strong' }]);
    else if (m[2]) push(m[2], [{ type: 'code' }]);
    else push(m[3]!, [{ type: 'link', attrs: { href: m[4]! } }]);
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  return out;
}

export const paragraph = (content: AdfInline[]): AdfBlock => ({ type: 'paragraph', content });
export const bulletList = (items: AdfInline[][]): AdfBlock => ({ type: 'bulletList', content: items.map((content) => ({ type: 'listItem', content: [paragraph(content)] })) });

/** Markdown-subset text → blocks: `- ` lines make a bullet list, other non-empty lines paragraphs. */
export function blocks(markdown: string): AdfBlock[] {
  const out: AdfBlock[] = [];
  let items: AdfInline[][] = [];
  const flush = () => {
    if (items.length) out.push(bulletList(items));
    items = [];
  };
  for (const line of markdown.split('\n')) {
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    const content = inline(item ? item[1]! : line);
    if (item && content.length) items.push(content);
    else {
      flush();
      if (content.length) out.push(paragraph(content));
    }
  }
  flush();
  return out;
}

export const doc = (content: AdfBlock[]): AdfDoc => ({ type: 'doc', version: 1, content: content.length ? content : [paragraph([{ type: 'text', text: '-' }])] });
