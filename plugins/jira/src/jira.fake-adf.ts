/**
 * ADF structure as Atlassian's document-format reference (and its JSON schema) defines it, for the fake Jira:
 * a `doc` of version 1 holding block nodes; text nodes need non-empty text; only known marks; links need an href.
 */
const BLOCKS = new Set(['paragraph', 'bulletList', 'orderedList', 'heading', 'codeBlock', 'blockquote', 'rule', 'panel', 'table']);
const INLINES = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard']);
const MARKS = new Set(['strong', 'em', 'code', 'link', 'strike', 'underline', 'subsup', 'textColor']);

type Node = { type?: unknown; content?: unknown; text?: unknown; marks?: unknown; attrs?: Record<string, unknown> };

function node(n: Node, at: string, problems: string[]): void {
  if (typeof n !== 'object' || n === null) return void problems.push(`${at}: not a node`);
  if (n.type === 'text') {
    if (typeof n.text !== 'string' || n.text.length === 0) problems.push(`${at}: text node with empty text`);
    for (const [i, m] of ((n.marks as Node[]) ?? []).entries()) {
      if (!MARKS.has(String(m?.type))) problems.push(`${at}.marks[${i}]: unknown mark ${String(m?.type)}`);
      if (m?.type === 'link' && typeof m.attrs?.href !== 'string') problems.push(`${at}.marks[${i}]: link without href`);
    }
    return;
  }
  const type = String(n.type);
  if (!BLOCKS.has(type) && !INLINES.has(type) && type !== 'listItem') problems.push(`${at}: unknown node ${type}`);
  if ((type === 'bulletList' || type === 'orderedList') && !((n.content as Node[]) ?? []).every((c) => c?.type === 'listItem')) problems.push(`${at}: lists hold listItems only`);
  if (n.content !== undefined && !Array.isArray(n.content)) return void problems.push(`${at}.content is not an array`);
  ((n.content as Node[]) ?? []).forEach((c, i) => node(c, `${at}.content[${i}]`, problems));
}

export function adfProblems(value: unknown, field: string): string[] {
  const d = value as Node & { version?: unknown };
  if (typeof d !== 'object' || d === null || d.type !== 'doc' || d.version !== 1 || !Array.isArray(d.content)) return [`${field}: not an ADF doc (type doc, version 1, content[])`];
  const problems: string[] = [];
  (d.content as Node[]).forEach((c, i) => {
    if (!BLOCKS.has(String(c?.type))) problems.push(`${field}.content[${i}]: ${String(c?.type)} is not a block node`);
    node(c, `${field}.content[${i}]`, problems);
  });
  const size = JSON.stringify(value).length;
  if (size > 32_767) problems.push(`${field}: ${size} characters, more than 32767`);
  return problems;
}
