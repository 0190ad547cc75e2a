import { emptyMessage, hostileMessage, sampleMessage } from '@signalbox/plugin-sdk/testing';
import type { Message } from '@signalbox/plugin-sdk';
import { AllowedMentionsTypes, type RESTPostAPIWebhookWithTokenJSONBody } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { DiscordConfig } from './discord.config.js';
import { formatDiscord } from './discord.format.js';
import type { DiscordPayload } from './discord.payload.js';
import { validateDiscordPayload } from './discord.validate.js';

const config: DiscordConfig = { webhookUrl: 'https://discord.com/api/webhooks/1/t', allowMentions: false };
/**
 * tsc proves the payload is an execute-webhook body as discord-api-types defines it; allowed_mentions.parse
 * is an enum there, so its (string) values are checked against the enum at run time instead.
 */
const asDiscordBody = ({ allowed_mentions, ...rest }: DiscordPayload): DiscordPayload => {
  const known: string[] = Object.values(AllowedMentionsTypes);
  expect(allowed_mentions.parse.every((kind) => known.includes(kind))).toBe(true);
  const body: RESTPostAPIWebhookWithTokenJSONBody = rest;
  expect(body).toBe(rest);
  return { ...rest, allowed_mentions };
};
const format = (message: Message, overrides: Partial<DiscordConfig> = {}) => asDiscordBody(formatDiscord(message, { ...config, ...overrides }));
const embedText = (p: DiscordPayload) =>
  p.embeds.reduce((sum, e) => sum + e.title.length + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0), 0);

describe('formatDiscord: a regular alert', () => {
  const payload = format(sampleMessage());

  it('one embed: linked title, markdown description, fields, footer, timestamp; no content; mentions off', () => {
    expect(payload).toEqual({
      embeds: [
        {
          title: 'Deploy failed: my-app',
          url: 'https://panel.example.com/deploys/1',
          description: sampleMessage().body,
          color: 0xf57c00,
          fields: [
            { name: 'Customer', value: 'Acme Corp', inline: true },
            { name: 'Image', value: 'myapp:latest', inline: true },
          ],
          footer: { text: 'High · ai-admin-panel' },
          timestamp: '2026-03-29T14:31:00.000Z',
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it.each([
    ['critical', 0xd32f2f],
    ['high', 0xf57c00],
    ['warning', 0xfbc02d],
    ['info', 0x1976d2],
  ] as const)('severity %s → colour %i (an integer)', (severity, color) => {
    expect(format(sampleMessage({ severity })).embeds[0]!.color).toBe(color);
  });

  it('a long value takes the full width', () => {
    const fields = format(sampleMessage({ fields: [{ label: 'Error', value: 'container exited with code 1 after 3 restarts in 60s' }] })).embeds[0]!.fields!;
    expect(fields[0]!.inline).toBe(false);
  });

  it('mention text, username and avatar from config; mentions ping only when allowed', () => {
    const quiet = format(sampleMessage(), { mention: '<@&123456789012345678>', username: 'Signalbox', avatarUrl: 'https://e.com/a.png' });
    expect(quiet).toMatchObject({ content: '<@&123456789012345678>', username: 'Signalbox', avatar_url: 'https://e.com/a.png', allowed_mentions: { parse: [] } });
    expect(format(sampleMessage(), { mention: '@here', allowMentions: true }).allowed_mentions).toEqual({ parse: ['users', 'roles', 'everyone'] });
  });

  it('@everyone in event data never reaches content, so it cannot ping even when mentions are allowed', () => {
    const payload = format(sampleMessage({ title: '@everyone down', body: '@here <@123456789012345678>' }), { allowMentions: true });
    expect(payload.content).toBeUndefined();
  });

  it('an invalid or javascript: URL is left out', () => {
    expect(format(sampleMessage({ url: 'javascript:alert(1)' })).embeds[0]!.url).toBeUndefined();
    expect(format(sampleMessage({ url: 'not a url' })).embeds[0]!.url).toBeUndefined();
  });
});

describe('formatDiscord: limits', () => {
  it('hostile input stays within every limit and the 6000-character total', () => {
    const payload = format(hostileMessage());
    expect(validateDiscordPayload(payload)).toEqual([]);
    const embed = payload.embeds[0]!;
    expect(embed.title.length).toBeLessThanOrEqual(256);
    expect(embed.title.endsWith('…')).toBe(true);
    expect(embed.fields!.length).toBeLessThanOrEqual(25);
    expect(embed.fields!.at(-1)!.value).toMatch(/^\+\d+ more fields not shown$/);
    expect(embed.description!.length).toBeGreaterThanOrEqual(1500);
    expect(embedText(payload)).toBeLessThanOrEqual(6000);
  });

  it('25 fields fit exactly; the 26th turns the last slot into a "more" note', () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `F${i}`, value: `v${i}` }));
    expect(format(sampleMessage({ fields: fields(25) })).embeds[0]!.fields).toHaveLength(25);
    const many = format(sampleMessage({ fields: fields(26) })).embeds[0]!.fields!;
    expect(many).toHaveLength(25);
    expect(many[24]!.value).toBe('+2 more fields not shown');
  });

  it('a long body uses the whole description when there are few fields', () => {
    const embed = format(sampleMessage({ body: 'word '.repeat(2_000) })).embeds[0]!;
    expect(embed.description!.length).toBeGreaterThan(4090); // cut at 4096 including the ellipsis, trailing space trimmed
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.description!.endsWith('…')).toBe(true);
  });

  it('empty strings: a title from the event type, no empty description, fields get placeholders', () => {
    const payload = format(emptyMessage());
    expect(validateDiscordPayload(payload)).toEqual([]);
    expect(payload.embeds[0]).toMatchObject({ title: 'deploy.failure', footer: { text: 'High' } });
    expect(payload.embeds[0]!.description).toBeUndefined();
    expect(format(sampleMessage({ fields: [{ label: '', value: 'x' }, { label: 'y', value: ' ' }] })).embeds[0]!.fields).toEqual([
      { name: '\u200b', value: 'x', inline: true },
      { name: 'y', value: '—', inline: true },
    ]);
  });
});
