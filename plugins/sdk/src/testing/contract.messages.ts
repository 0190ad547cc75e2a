import type { Message, SignalboxEvent } from '@signalbox/route-model';

const EVENT: SignalboxEvent = {
  id: 'evt_contract_01',
  type: 'deploy.failure',
  source: 'contract-kit',
  severity: 'high',
  timestamp: '2026-03-29T14:31:00Z',
  subject: 'my-app',
  data: { service: 'my-app', message: 'Service my-app failed to deploy' },
};

/** An ordinary message, for the send checks. */
export function ordinaryMessage(overrides: Partial<Message> = {}): Message {
  return {
    title: 'Deploy failed: my-app',
    body: '**my-app** failed to deploy: `container exited with code 1`',
    severity: 'high',
    fields: [{ label: 'Customer', value: 'Acme Corp' }],
    url: 'https://panel.example.com/deploys/1',
    event: EVENT,
    ...overrides,
  };
}

// Emoji with ZWJ sequences and skin tones: several UTF-16 units per glyph, so naive truncation splits them.
const FAMILY = '👩‍👩‍👧‍👦';
const UNICODE = `Ünïcödé ${FAMILY} 👍🏽 𝔘𝔫𝔦 — مرحبا بالعالم שלום \u202Ereversed\u202C zero\u200Bwidth\u200Cjoiner\u200D\uFEFF e\u0301 ⚠️`;
const MARKDOWN = '**unclosed bold _italic `code ```\nfence\n[link](javascript:alert(1)) [x](<>) ![img](http://x) > quote\n- - - \n# h1\n|a|b|\n\\*escaped\\*';
const INJECTION = '<script>alert(1)</script> <b>bold</b> </div> &amp; &lt; <!channel> <!here> @everyone @here <@U123> <https://evil.example|click me> *mrkdwn* ~strike~ {{handlebars}} ${template} "quotes" \'single\' \\ backslash';
const CONTROL = 'nul\u0000 bell\u0007 tab\t cr\r lf\n del\u007f lone-surrogate-free';

/**
 * Input that breaks naive formatters: oversized text, too many fields, multi-unit unicode at truncation points,
 * markup that the platform would interpret, control characters and empties. format() must survive all of it
 * and stay within the platform's limits.
 */
export function hostileMessages(): Array<{ name: string; message: Message }> {
  const longTitle = 'T'.repeat(10_000);
  return [
    { name: 'ordinary message', message: ordinaryMessage() },
    { name: '10k-character title', message: ordinaryMessage({ title: longTitle }) },
    { name: '100k-character body', message: ordinaryMessage({ body: 'Body line with words. '.repeat(5_000) }) },
    // Together these put a surrogate pair across every possible cut: odd offsets in one, even in the other.
    { name: 'emoji at even offsets', message: ordinaryMessage({ title: '😀'.repeat(6_000), body: '😀'.repeat(60_000), fields: [{ label: '😀'.repeat(600), value: '😀'.repeat(3_000) }] }) },
    { name: 'emoji at odd offsets', message: ordinaryMessage({ title: `a${'😀'.repeat(6_000)}`, body: `a${'😀'.repeat(60_000)}`, fields: [{ label: `a${'😀'.repeat(600)}`, value: `a${'😀'.repeat(3_000)}` }] }) },
    { name: 'ZWJ emoji sequences', message: ordinaryMessage({ title: FAMILY.repeat(1_000), body: `a${FAMILY}`.repeat(5_000) }) },
    {
      name: '500 fields',
      message: ordinaryMessage({ fields: Array.from({ length: 500 }, (_, i) => ({ label: `Field ${i} ${'L'.repeat(300)}`, value: `value ${i} ${'V'.repeat(2_000)}` })) }),
    },
    { name: 'unicode, RTL and zero-width text', message: ordinaryMessage({ title: UNICODE, body: UNICODE.repeat(50), fields: [{ label: UNICODE, value: UNICODE }] }) },
    { name: 'markdown edge cases', message: ordinaryMessage({ title: MARKDOWN, body: MARKDOWN.repeat(20), fields: [{ label: MARKDOWN, value: MARKDOWN }] }) },
    { name: 'HTML and mrkdwn injection', message: ordinaryMessage({ title: INJECTION, body: INJECTION, fields: [{ label: INJECTION, value: INJECTION }], url: 'https://example.com/?q=<script>&a="b"' }) },
    { name: 'control characters', message: ordinaryMessage({ title: CONTROL, body: CONTROL, fields: [{ label: CONTROL, value: CONTROL }] }) },
    { name: 'empty strings', message: ordinaryMessage({ title: '', body: '', fields: [{ label: '', value: '' }] }) },
    { name: 'no fields, no url', message: { ...ordinaryMessage({ fields: [] }), url: undefined } },
    { name: 'whitespace only', message: ordinaryMessage({ title: '   \n\t ', body: '\n\n\n', fields: [{ label: ' ', value: '\n' }] }) },
    { name: 'very long URL', message: ordinaryMessage({ url: `https://example.com/${'p'.repeat(5_000)}` }) },
    { name: 'critical severity, huge event data', message: ordinaryMessage({ severity: 'critical', event: { ...EVENT, severity: 'critical', data: { blob: 'x'.repeat(200_000) } } }) },
  ];
}
