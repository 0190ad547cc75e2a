import { describe, expect, it } from 'vitest';
import { markdownSegments } from './telegram.markdown.js';
import { renderHtml } from './telegram.segments.js';

const html = (markdown: string) => renderHtml(markdownSegments(markdown));

describe('markdown subset → Telegram HTML', () => {
  it.each([
    ['**bold** and _italic_ and *also*', '<b>bold</b> and <i>italic</i> and <i>also</i>'],
    ['`a < b && c`', '<code>a &lt; b &amp;&amp; c</code>'],
    ['[Open](https://example.com/a?b=1&c="2")', '<a href="https://example.com/a?b=1&amp;c=%222%22">Open</a>'],
    ['[bad](javascript:alert(1))', '[bad](javascript:alert(1))'],
    ['- one\n- two **2**', '• one\n• two <b>2</b>'],
    ['1. first\n2. second', '1. first\n2. second'],
    ['line one\nline two', 'line one\nline two'],
    ['para one\n\n\n\npara two', 'para one\n\npara two'],
    ['# Heading\ntext', '<b>Heading</b>\n\ntext'],
    ['> quoted', '<blockquote>quoted</blockquote>'],
    ['```\nif (a < b) {}\n```', '<pre>if (a &lt; b) {}</pre>'],
    ['~~gone~~', '<s>gone</s>'],
    ['a | b | c\n--|--|--\n1 | 2 | 3', 'a | b | c\n--|--|--\n1 | 2 | 3'],
  ])('%j', (markdown, expected) => {
    expect(html(markdown)).toBe(expected);
  });

  it('keeps raw HTML and stray markers as text', () => {
    expect(html('<b>not bold</b> & **unclosed and snake_case_name')).toBe('&lt;b&gt;not bold&lt;/b&gt; &amp; **unclosed and snake_case_name');
  });

  it('decodes the template step\'s HTML escaping exactly once', () => {
    expect(html('&lt;script&gt; AT&amp;T &amp;amp;')).toBe('&lt;script&gt; AT&amp;T &amp;amp;');
    expect(renderHtml(markdownSegments('&amp;amp;'))).toBe('&amp;amp;');
  });

  it('empty and whitespace-only bodies give nothing', () => {
    expect(markdownSegments('')).toEqual([]);
    expect(markdownSegments(' \n\n ')).toEqual([]);
  });
});
