import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from './telegram.html-check.js';

// The fake is the acceptance oracle for every other test, so it must reject what Telegram rejects.
describe('fake Telegram HTML parser', () => {
  it('accepts the supported subset and counts visible text only', () => {
    expect(parseTelegramHtml('<b>a &amp; <i>b</i></b> <a href="https://x.y/?a=1&amp;b=2">l</a> &lt;&gt;&quot;&#128308;')).toEqual({ ok: true, text: 'a & b l <>"🔴' });
  });

  it.each([
    ['<script>x</script>', /Unsupported start tag "script"/],
    ['<b>open', /Can't find end tag corresponding to start tag "b"/],
    ['<b><i>x</b></i>', /Unmatched end tag/],
    ['1 < 2', /Unsupported start tag/],
    ['a > b', /must be escaped as &gt;/],
    ['AT&T', /must be escaped as &amp;/],
    ['&#39;', /ok/],
    ['&apos;', /must be escaped as &amp;/],
    ['<a>x</a>', /must have an href/],
  ])('%s', (html, expected) => {
    const parsed = parseTelegramHtml(html);
    expect(parsed.ok ? 'ok' : parsed.error).toMatch(expected);
  });
});
