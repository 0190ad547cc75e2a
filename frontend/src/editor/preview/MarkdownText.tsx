import { Fragment, type ReactNode } from 'react';

const INLINE = /(\\[\\`*_{}[\]()#+\-.!|<>~])|(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*)|(_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Only http(s) links become anchors: a template must not be able to plant a javascript: URL in the preview. */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let i = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    const [token] = match;
    const k = `${key}-${i++}`;
    if (match[1]) out.push(token.slice(1));
    else if (match[2]) out.push(<code key={k} style={{ background: 'var(--mantine-color-gray-1)', padding: '0 3px', borderRadius: 3 }}>{token.slice(1, -1)}</code>);
    else if (match[3]) out.push(<strong key={k}>{inline(token.slice(2, -2), k)}</strong>);
    else if (match[4] || match[5]) out.push(<em key={k}>{inline(token.slice(1, -1), k)}</em>);
    else {
      const [, label, url] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token)!;
      out.push(<a key={k} href={safeHref(url!)} target="_blank" rel="noreferrer">{label}</a>);
    }
    last = match.index + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * Renders the Message body's markdown subset (**bold**, _italic_, `code`, [links](url), line breaks,
 * "- " lists) as React elements — never as HTML — so previewing a hostile payload is harmless.
 */
export function MarkdownText({ text, decodeEntities = false }: { text: string; decodeEntities?: boolean }) {
  const source = decodeEntities ? text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e) : text;
  const blocks: ReactNode[] = [];
  let list: ReactNode[] = [];
  const flush = () => {
    if (list.length) blocks.push(<ul key={`ul-${blocks.length}`} style={{ margin: '2px 0', paddingLeft: 20 }}>{list}</ul>);
    list = [];
  };
  source.split('\n').forEach((line, n) => {
    const item = /^\s*[-*] (.*)$/.exec(line);
    if (item) return list.push(<li key={n}>{inline(item[1]!, `li${n}`)}</li>);
    flush();
    blocks.push(<Fragment key={n}>{inline(line, `l${n}`)}{n < source.split('\n').length - 1 && <br />}</Fragment>);
  });
  flush();
  return <>{blocks}</>;
}
