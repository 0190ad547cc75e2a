import { cleanText, truncateText } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { markdownToMrkdwn } from './slack.mrkdwn.js';
import { decodeEntities, escapeMrkdwn, splitMrkdwn, truncateMrkdwn } from './slack.text.js';

const ZWSP = '\u200b';

describe('slack text helpers', () => {
  it('truncate: within the limit, with an ellipsis, never splitting a grapheme', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('abcdefghij', 5)).toBe('abcd…');
    const family = '👨‍👩‍👧‍👦';
    const cut = truncateText(`ab${family}cd`, family.length + 2);
    expect(cut).toBe('ab…');
    expect(truncateText('🇯🇵🇯🇵🇯🇵', 5)).toBe('🇯🇵…');
    expect(truncateText('anything', 0)).toBe('');
  });

  it('escapeMrkdwn escapes &, < and > exactly once', () => {
    expect(escapeMrkdwn('a & b <!channel> > c')).toBe('a &amp; b &lt;!channel&gt; &gt; c');
    expect(escapeMrkdwn(escapeMrkdwn('a & b <x>'))).toBe('a &amp; b &lt;x&gt;');
    expect(decodeEntities('a &amp; b &lt;x&gt; &quot;')).toBe('a & b <x> &quot;');
  });

  it('cleanText drops control characters and broken surrogates, keeps newlines, tabs and emoji', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd\te \uD800f 😀')).toBe('abc\nd\te f 😀');
  });

  it('truncateMrkdwn never leaves a link or an entity half-open', () => {
    expect(truncateMrkdwn('see <https://example.com/very/long|the logs> now', 20)).toBe('see…');
    expect(truncateMrkdwn('a &amp; b', 5)).toBe('a …');
  });

  it('splitMrkdwn: paragraph breaks first, chunks within the limit, never inside a link', () => {
    const paragraph = 'word '.repeat(100).trim();
    const chunks = splitMrkdwn(`${paragraph}\n\n${paragraph}\n\n${paragraph}`, 1000, 4);
    expect(chunks).toEqual([`${paragraph}\n\n${paragraph}`, paragraph]);
    const links = Array.from({ length: 200 }, (_, i) => `<https://e.com/${i}|link number ${i}>`).join(' ');
    for (const chunk of splitMrkdwn(links, 300, 50)) {
      expect(chunk.length).toBeLessThanOrEqual(300);
      expect(chunk.split('<').length).toBe(chunk.split('>').length);
    }
    const capped = splitMrkdwn('x'.repeat(10_000), 3000, 2);
    expect(capped.map((c) => c.length)).toEqual([3000, 3000]);
    expect(capped[1]!.endsWith('…')).toBe(true);
  });
});

describe('markdown subset → mrkdwn (slackify-markdown)', () => {
  it('converts bold, italics, code, links and lists', () => {
    expect(markdownToMrkdwn('**bold** and _it_ and `code`')).toBe(`${ZWSP}*bold*${ZWSP} and ${ZWSP}_it_${ZWSP} and \`code\``);
    expect(markdownToMrkdwn('[the logs](https://e.com/logs?a=1&b=2)')).toBe('<https://e.com/logs?a=1&b=2|the logs>');
    expect(markdownToMrkdwn('- one\n- two')).toMatch(/^•\s+one\n•\s+two$/);
  });

  it('turns raw mentions and links in data into text, never into Slack syntax', () => {
    const out = markdownToMrkdwn('<!channel> <@U123> <https://evil.example|click> a < b && c > d');
    expect(out).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt; a &lt; b &amp;&amp; c &gt; d');
  });

  it('does not escape twice what the template step already escaped', () => {
    expect(markdownToMrkdwn('a &amp; b &lt;!here&gt;')).toBe('a &amp; b &lt;!here&gt;');
  });

  it('leaves unbalanced markers alone and returns "" for a blank body', () => {
    expect(markdownToMrkdwn('**unclosed and * star')).toBe('**unclosed and * star');
    expect(markdownToMrkdwn('  \n ')).toBe('');
  });
});
