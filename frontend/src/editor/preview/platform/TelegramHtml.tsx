import { createElement, type ReactNode } from 'react';

/**
 * The tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style), mapped to what
 * we draw. Anything else is shown as its text, as Telegram would refuse or strip it; only http(s) and tg links.
 */
const TAGS: Record<string, string> = {
  b: 'strong', strong: 'strong', i: 'em', em: 'em', u: 'u', ins: 'u', s: 's', strike: 's', del: 's',
  code: 'code', pre: 'pre', a: 'a', blockquote: 'blockquote', 'tg-spoiler': 'span', span: 'span', 'tg-emoji': 'span',
};
const SAFE_HREF = /^(https?:|tg:)/i;

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const children = Array.from(element.childNodes).map((child, i) => convert(child, `${key}.${i}`));
  const tag = TAGS[element.tagName.toLowerCase()];
  if (!tag) return <span key={key}>{children}</span>;
  const props: Record<string, unknown> = { key };
  if (tag === 'a') {
    const href = element.getAttribute('href') ?? '';
    if (SAFE_HREF.test(href)) Object.assign(props, { href, target: '_blank', rel: 'noreferrer' });
  }
  const spoiler = element.tagName.toLowerCase() === 'tg-spoiler' || element.getAttribute('class') === 'tg-spoiler';
  if (spoiler) props.style = { background: '#d0d7de', color: '#d0d7de', borderRadius: 3 };
  if (tag === 'pre' || tag === 'code') props.style = { fontFamily: 'monospace', background: 'rgba(0,0,0,0.06)', borderRadius: 4, padding: tag === 'pre' ? 6 : '0 3px', margin: 0, whiteSpace: 'pre-wrap' };
  if (tag === 'blockquote') props.style = { borderLeft: '3px solid #3390ec', margin: '4px 0', paddingLeft: 8 };
  return createElement(tag, props, ...children);
}

/** Telegram HTML parse-mode text drawn with React elements (parsed, never injected as HTML). */
export function TelegramHtml({ html }: { html: string }) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return <>{Array.from(doc.body.childNodes).map((node, i) => convert(node, String(i)))}</>;
}
