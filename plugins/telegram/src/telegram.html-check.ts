/**
 * Telegram's HTML parse mode as documented, strict where Telegram is: only its tag subset, every tag
 * closed in order, `<a>` needs href, only &lt; &gt; &amp; &quot; and numeric entities, and no raw `<`, `>`
 * or `&` in text. Returns the visible text (what the 4096 limit counts) or Telegram's error description.
 */
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'code', 'pre', 'a', 'blockquote', 'tg-spoiler', 'span', 'tg-emoji']);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*>/;
const ENTITY = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

function decodeEntity(name: string): string {
  if (NAMED[name]) return NAMED[name];
  const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return String.fromCodePoint(code);
}

function decodeAttribute(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, name: string) => decodeEntity(name));
}

export type ParsedHtml = { ok: true; text: string } | { ok: false; error: string };

export function parseTelegramHtml(html: string): ParsedHtml {
  const fail = (reason: string, at: number): ParsedHtml => ({ ok: false, error: `Bad Request: can't parse entities: ${reason} at byte offset ${Buffer.byteLength(html.slice(0, at))}` });
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const char = html[i]!;
    if (char === '<') {
      const tag = TAG.exec(html.slice(i));
      if (!tag) return fail('Unsupported start tag', i);
      const [whole, closing, rawName, attributes] = tag as unknown as [string, string, string, string];
      const name = rawName.toLowerCase();
      if (closing) {
        if (stack.pop() !== name) return fail(`Unmatched end tag "${name}"`, i);
      } else {
        if (!TAGS.has(name)) return fail(`Unsupported start tag "${name}"`, i);
        if (name === 'a') {
          const href = /\shref="([^"]*)"/.exec(attributes)?.[1];
          if (href === undefined || decodeAttribute(href).trim() === '') return fail('Tag "a" must have an href attribute', i);
        }
        stack.push(name);
      }
      i += whole.length;
    } else if (char === '&') {
      const entity = ENTITY.exec(html.slice(i));
      if (!entity) return fail('Character "&" must be escaped as &amp;', i);
      text += decodeEntity(entity[1]!);
      i += entity[0].length;
    } else if (char === '>') {
      return fail('Character ">" must be escaped as &gt;', i);
    } else {
      text += char;
      i += 1;
    }
  }
  if (stack.length > 0) return fail(`Can't find end tag corresponding to start tag "${stack.at(-1)}"`, html.length);
  return { ok: true, text };
}
