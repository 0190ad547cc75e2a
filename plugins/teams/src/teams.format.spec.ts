import { emptyMessage, hostileMessage, sampleMessage } from '@signalbox/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import type { AdaptiveCard, FactSet, TextBlock } from './teams.card.types.js';
import { formatTeams } from './teams.format.js';
import { markdownToAdaptive } from './teams.markdown.js';
import { validateTeamsPayload } from './teams.validate.js';

const card = (payload: ReturnType<typeof formatTeams>): AdaptiveCard => payload.attachments[0]!.content;
const bytes = (payload: unknown) => Buffer.byteLength(JSON.stringify(payload), 'utf8');

describe('formatTeams: a regular alert', () => {
  const payload = formatTeams(sampleMessage());

  it('a Workflows message envelope around one Adaptive Card 1.4', () => {
    expect(payload).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null }] });
    expect(card(payload)).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', msteams: { width: 'Full' } });
  });

  it('title, context line, body, facts and an Open button', () => {
    const [title, context, body, facts] = card(payload).body as [TextBlock, TextBlock, TextBlock, FactSet];
    expect(title).toEqual({ type: 'TextBlock', text: '🟠 Deploy failed: my-app', weight: 'bolder', size: 'medium', color: 'warning', wrap: true });
    expect(context).toMatchObject({ text: '**High** · ai-admin-panel · {{DATE(2026-03-29T14:31:00Z, SHORT)}} {{TIME(2026-03-29T14:31:00Z)}}', isSubtle: true, wrap: true });
    expect(body).toEqual({ type: 'TextBlock', text: '**my-app** failed to deploy: see [the logs](https://panel.example.com/deploys/1/logs)\n\n- image myapp:latest\n- exit code 1', wrap: true });
    expect(facts).toEqual({ type: 'FactSet', facts: [{ title: 'Customer', value: 'Acme Corp' }, { title: 'Image', value: 'myapp:latest' }] });
    expect(card(payload).actions).toEqual([{ type: 'Action.OpenUrl', title: 'View details', url: 'https://panel.example.com/deploys/1' }]);
  });

  it.each([
    ['critical', 'attention', '🔴'],
    ['high', 'warning', '🟠'],
    ['warning', 'warning', '🟡'],
    ['info', 'accent', '🔵'],
  ] as const)('severity %s → colour %s, %s', (severity, color, emoji) => {
    const title = card(formatTeams(sampleMessage({ severity }))).body[0] as TextBlock;
    expect(title.color).toBe(color);
    expect(title.text.startsWith(emoji)).toBe(true);
  });

  it('no link, or a javascript: link → no action', () => {
    expect(card(formatTeams(sampleMessage({ url: undefined }))).actions).toBeUndefined();
    expect(card(formatTeams(sampleMessage({ url: 'javascript:alert(1)' }))).actions).toBeUndefined();
  });
});

describe('formatTeams: limits', () => {
  it('hostile input: within 28 KB, valid, facts cut with a note', () => {
    const payload = formatTeams(hostileMessage());
    expect(validateTeamsPayload(payload)).toEqual([]);
    expect(bytes(payload)).toBeLessThanOrEqual(28_000);
    const facts = card(payload).body.find((b): b is FactSet => b.type === 'FactSet')!;
    expect(facts.facts.at(-1)!.value).toMatch(/^\+\d+ more fields not shown$/);
  });

  it('a 100 kB body is cut to fit, keeping the facts', () => {
    const payload = formatTeams(sampleMessage({ body: 'Ünïcödé text 🚀 '.repeat(8_000) }));
    expect(bytes(payload)).toBeLessThanOrEqual(28_000);
    expect(bytes(payload)).toBeGreaterThan(26_000);
    const body = card(payload).body[2] as TextBlock;
    expect(body.text.endsWith('…')).toBe(true);
    expect(card(payload).body[3]).toMatchObject({ type: 'FactSet' });
  });

  it('empty strings: a title from the event type, no empty body block', () => {
    const payload = formatTeams(emptyMessage());
    expect(validateTeamsPayload(payload)).toEqual([]);
    expect(card(payload).body.map((b) => b.type)).toEqual(['TextBlock', 'TextBlock']);
    expect((card(payload).body[0] as TextBlock).text).toBe('🟠 deploy.failure');
  });
});

describe('markdown subset → Adaptive Card markdown', () => {
  it('keeps bold, italics, links and lists; drops code backticks; headings become bold', () => {
    expect(markdownToAdaptive('**b** _i_ [l](https://e.com) `code`')).toBe('**b** _i_ [l](https://e.com) code');
    expect(markdownToAdaptive('## Impact\n- one\n- two\n1. first\n2. second')).toBe('**Impact**\n\n- one\n- two\n1. first\n2. second');
    expect(markdownToAdaptive('```\nstack trace\n```')).toBe('stack trace');
  });

  it('separates prose lines with a blank line so Teams does not join them', () => {
    expect(markdownToAdaptive('line one\nline two\n\n\n\nthird')).toBe('line one\n\nline two\n\nthird');
  });
});
