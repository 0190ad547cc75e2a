import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from './telegram.html-check.js';
import { cleanText, plainText, renderHtml, text, truncateSegments, visibleLength, wrap } from './telegram.segments.js';

describe('segments', () => {
  it('truncates by visible text, closes open tags and drops the rest', () => {
    const segments = [text('ab'), ...wrap('b', [text('cdef'), ...wrap('a', [text('ghij')], 'https://x.y')]), text('tail')];
    const cut = truncateSegments(segments, 7);
    expect(renderHtml(cut)).toBe('ab<b>cdef<a href="https://x.y">…</a></b>');
    expect(visibleLength(cut)).toBe(7);
    expect(truncateSegments(segments, 100)).toBe(segments);
  });

  it('never splits a surrogate pair (emoji count 2 UTF-16 units, as Telegram counts)', () => {
    const cut = truncateSegments([text('😀😀😀')], 4);
    expect(renderHtml(cut)).toBe('😀…');
    expect(parseTelegramHtml(renderHtml(cut)).ok).toBe(true);
  });

  it('plainText decodes entities once; cleanText drops control characters and lone surrogates', () => {
    expect(plainText('&lt;b&gt; &amp;amp; Ω')).toBe('<b> &amp; Ω');
    expect(cleanText('a\u0000b\u0007c\n\td\uD800e')).toBe('abc\n\td\uFFFDe');
  });

  it('escapes only what Telegram needs (<, >, & and quotes in href)', () => {
    expect(renderHtml([text(`<&>"'`), ...wrap('a', [text('x')], 'https://e.com/?q="a"&b')])).toBe('&lt;&amp;&gt;"\'<a href="https://e.com/?q=&quot;a&quot;&amp;b">x</a>');
  });
});
