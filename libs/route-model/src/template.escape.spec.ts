import { describe, expect, it } from 'vitest';
import type { EscapeMode } from './message.js';
import { renderTemplate } from './template.render.js';
import { sampleEvent } from '../test/sample-event.js';

const hostile = `<script>alert("x")</script> & 'quotes' *bold* _it_ [link](u) \`code\` # \\ back`;
const event = sampleEvent({ subject: hostile });

describe('escaping per mode', () => {
  it.each<[EscapeMode, string]>([
    ['html', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; *bold* _it_ [link](u) `code` # \\ back'],
    ['slack_mrkdwn', `&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'quotes' *bold* _it_ [link](u) \`code\` # \\ back`],
    ['markdown', `\\<script\\>alert\\("x"\\)\\</script\\> & 'quotes' \\*bold\\* \\_it\\_ \\[link\\]\\(u\\) \\\`code\\\` \\# \\\\ back`],
    ['json', `<script>alert(\\"x\\")</script> & 'quotes' *bold* _it_ [link](u) \`code\` # \\\\ back`],
    ['none', hostile],
  ])('{{subject}} in %s mode', (escape, expected) => {
    expect(renderTemplate('{{subject}}', event, { escape })).toBe(expected);
  });

  it.each<EscapeMode>(['html', 'slack_mrkdwn', 'markdown', 'json', 'none'])('{{{subject}}} is raw in %s mode', (escape) => {
    expect(renderTemplate('{{{subject}}}', event, { escape })).toBe(hostile);
  });

  it('turns <script> into &lt;script&gt; for Slack', () => {
    const slack = renderTemplate('*{{data.name}}*', sampleEvent({ data: { name: '<script>' } }), { escape: 'slack_mrkdwn' });
    expect(slack).toBe('*&lt;script&gt;*');
  });

  it('keeps the template text itself unescaped, only interpolated values', () => {
    expect(renderTemplate('<b>{{data.status}}</b> & more', event, { escape: 'html' })).toBe('<b>down</b> & more');
  });

  it('escapes helper output too', () => {
    expect(renderTemplate('{{upper subject}}', sampleEvent({ subject: 'a<b' }), { escape: 'html' })).toBe('A&lt;B');
  });

  it('produces valid JSON inside a JSON body template', () => {
    const withNewlines = sampleEvent({ subject: 'line 1\nline "2"\t\\' });
    const body = renderTemplate('{"text": "{{subject}}", "raw": {{{json data.tags}}} }', withNewlines, { escape: 'json' });
    expect(JSON.parse(body)).toEqual({ text: 'line 1\nline "2"\t\\', raw: ['prod', 'eu'] });
  });

  it('caches per escape mode: the same source renders differently per mode', () => {
    const amp = sampleEvent({ subject: 'a & b' });
    expect(renderTemplate('{{subject}}', amp, { escape: 'html' })).toBe('a &amp; b');
    expect(renderTemplate('{{subject}}', amp, { escape: 'none' })).toBe('a & b');
    expect(renderTemplate('{{subject}}', amp, { escape: 'html' })).toBe('a &amp; b');
  });
});
