import { emptyMessage, hostileMessage, sampleMessage } from '@signalbox/plugin-sdk/testing';
import type { KnownBlock } from '@slack/types';
import type { Message } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { FAKE_SLACK_PATH, judgeSlackRequest } from './slack.fake.js';
import { formatSlack, MAX_BODY_SECTIONS } from './slack.format.js';
import type { SlackPayload } from './slack.payload.js';

const format = (message: Message, linkButton = false) => formatSlack(message, { webhookUrl: 'https://hooks.slack.com/services/T/B/x', linkButton });
/** The acceptance check: tsc proves the blocks are Block Kit (this file is type-checked with the package). */
const blocksOf = (payload: SlackPayload): KnownBlock[] => payload.blocks;
const verdict = (payload: SlackPayload) => judgeSlackRequest({ method: 'POST', path: FAKE_SLACK_PATH, headers: {}, body: JSON.stringify(payload), remotePort: 0 });
/** Every mrkdwn text in the payload (the texts Slack parses for links and mentions). */
const mrkdwnTexts = (payload: SlackPayload): string[] =>
  JSON.stringify(payload.blocks).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g)!.map((m) => JSON.parse(`{${m}}`).text as string);

describe('formatSlack: a regular alert', () => {
  const payload = format(sampleMessage());
  const blocks = blocksOf(payload);

  it('header, body section, two-column fields and a context line', () => {
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Deploy failed: my-app', emoji: true } });
    const body = payload.blocks[1]!;
    expect(body).toMatchObject({ type: 'section', text: { type: 'mrkdwn', verbatim: true } });
    expect(JSON.stringify(body)).toContain('*my-app*');
    expect(JSON.stringify(body)).toContain('<https://panel.example.com/deploys/1/logs|the logs>');
    expect(payload.blocks[2]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Customer*\nAcme Corp', verbatim: true },
        { type: 'mrkdwn', text: '*Image*\nmyapp:latest', verbatim: true },
      ],
    });
  });

  it('context: severity emoji and label, source, the time in the reader\'s zone, and the link', () => {
    const context = JSON.stringify(payload.blocks.at(-1));
    expect(context).toContain(':large_orange_circle: *High*  ·  ai-admin-panel  ·  <!date^1774794660^{date_short_pretty} at {time}|2026-03-29 14:31 UTC>');
    expect(context).toContain('<https://panel.example.com/deploys/1|View details>');
  });

  it('a notification fallback text', () => {
    expect(payload.text).toBe(':large_orange_circle: High: Deploy failed: my-app');
  });

  it('linkButton: the link becomes a button instead', () => {
    const withButton = format(sampleMessage(), true);
    expect(withButton.blocks.at(-2)).toEqual({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'View details', emoji: true }, url: 'https://panel.example.com/deploys/1', action_id: 'signalbox_open_url' }],
    });
    expect(JSON.stringify(withButton.blocks.at(-1))).not.toContain('View details');
    expect(verdict(withButton).problems).toEqual([]);
  });

  it.each([
    ['critical', ':red_circle: *Critical*'],
    ['high', ':large_orange_circle: *High*'],
    ['warning', ':large_yellow_circle: *Warning*'],
    ['info', ':large_blue_circle: *Info*'],
  ] as const)('severity %s → %s', (severity, marker) => {
    const out = format(sampleMessage({ severity }));
    expect(JSON.stringify(out.blocks.at(-1))).toContain(marker);
    expect(out.text.startsWith(marker.split(' ')[0]!)).toBe(true);
  });
});

describe('formatSlack: escaping', () => {
  it('mentions and links in event data stay text; the template\'s own escaping is not doubled', () => {
    const payload = format(sampleMessage({
      title: 'Deploy &amp; <!channel>',
      body: 'from data: <!channel> <@U123> &lt;!here&gt;',
      fields: [{ label: '<!here>', value: '<@U999> & <https://evil.example|click>' }],
    }));
    for (const text of mrkdwnTexts(payload)) expect(text).not.toMatch(/<[!@#](?!date\^)|<https:\/\/evil/);
    expect(payload.blocks[0]).toMatchObject({ text: { text: 'Deploy & <!channel>' } }); // plain_text: shown as typed, never parsed
    expect(JSON.stringify(payload.blocks[1])).toContain('from data: &lt;!channel&gt; &lt;@U123&gt; &lt;!here&gt;');
    expect(JSON.stringify(payload.blocks[2])).toContain('*&lt;!here&gt;*\\n&lt;@U999&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(payload.text).toBe(':large_orange_circle: High: Deploy &amp; &lt;!channel&gt;');
  });

  it('a javascript: link is dropped; a | in a URL cannot end it early', () => {
    expect(JSON.stringify(format(sampleMessage({ url: 'javascript:alert(1)' })))).not.toContain('javascript');
    expect(JSON.stringify(format(sampleMessage({ url: 'https://e.com/a|b' })))).toContain('<https://e.com/a%7Cb|View details>');
  });
});

describe('formatSlack: limits', () => {
  it('hostile input (10k title, 500 fields, unicode, mentions, markdown debris) is still a payload Slack accepts', () => {
    const payload = format(hostileMessage());
    expect(verdict(payload).problems).toEqual([]);
    expect(payload.blocks.length).toBeLessThanOrEqual(50);
    const header = payload.blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(150);
    expect(header.text.text.endsWith('…')).toBe(true);
    const bodySections = payload.blocks.filter((b) => b.type === 'section' && b.text);
    expect(bodySections).toHaveLength(MAX_BODY_SECTIONS);
    expect(JSON.stringify(payload.blocks)).toContain('+463 more fields not shown'); // 7 of 500 are entirely empty
    for (const text of mrkdwnTexts(payload)) expect(text).not.toMatch(/<[!@#](?!date\^)/);
    expect(verdict(format(hostileMessage(), true)).problems).toEqual([]);
  });

  it('a long body is split across sections at paragraph breaks', () => {
    const paragraph = 'All replicas are failing their health checks. '.repeat(40).trim();
    const payload = format(sampleMessage({ body: [paragraph, paragraph, paragraph].join('\n\n') }));
    const sections = payload.blocks.filter((b) => b.type === 'section' && b.text) as Array<{ text: { text: string } }>;
    expect(sections).toHaveLength(3);
    expect(sections.every((s) => s.text.text.length <= 3000 && s.text.text.endsWith('checks.'))).toBe(true);
  });

  it('an all-empty message still has a header and a fallback text', () => {
    const payload = format(emptyMessage());
    expect(verdict(payload).problems).toEqual([]);
    expect(payload.blocks[0]).toMatchObject({ text: { text: 'deploy.failure' } });
    expect(payload.blocks.map((b) => b.type)).toEqual(['header', 'context']);
  });
});
