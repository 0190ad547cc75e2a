import discord from '@signalbox/channel-discord';
import email from '@signalbox/channel-email';
import googleChat from '@signalbox/channel-google-chat';
import jira from '@signalbox/channel-jira';
import mattermost from '@signalbox/channel-mattermost';
import opsgenie from '@signalbox/channel-opsgenie';
import pagerduty from '@signalbox/channel-pagerduty';
import slack from '@signalbox/channel-slack';
import teams from '@signalbox/channel-teams';
import telegram from '@signalbox/channel-telegram';
import webhook from '@signalbox/channel-webhook';
import { type AnyChannelDefinition } from '@signalbox/plugin-sdk';
import { createPluginRegistry, mergeSecrets } from '@signalbox/plugin-sdk/host';
import { defaultMessage, eventCatalogue } from '@signalbox/route-model';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';

// Issue 4, acceptance 4: every seed event's default message, for every channel, within that platform's
// documented limits (DESIGN.md "Facts worth having"). The checks below restate the platforms' limits
// independently of each plugin's own validatePayload, which runs too.
type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const telegramVisible = (html: string) => decodeHTML(html.replace(/<[^>]+>/g, '')).length;

const platforms: Array<{ definition: AnyChannelDefinition; config: Record<string, unknown>; check(p: Payload): void }> = [
  {
    definition: slack,
    config: { webhookUrl: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX' },
    check(p) {
      expect(p.text.length).toBeGreaterThan(0);
      expect(p.blocks.length).toBeLessThanOrEqual(50);
      for (const block of p.blocks) {
        if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
        if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
        if (block.fields) expect(block.fields.length).toBeLessThanOrEqual(10);
      }
    },
  },
  {
    definition: discord,
    config: { webhookUrl: 'https://discord.com/api/webhooks/1234567890/token' },
    check(p) {
      expect((p.content ?? '').length).toBeLessThanOrEqual(2000);
      expect(p.embeds.length).toBeLessThanOrEqual(10);
      let total = 0;
      for (const e of p.embeds) {
        expect((e.title ?? '').length).toBeLessThanOrEqual(256);
        expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
        expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
        for (const f of e.fields ?? []) expect([f.name.length <= 256, f.value.length <= 1024]).toEqual([true, true]);
        total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
        total += (e.fields ?? []).reduce((n: number, f: Payload) => n + f.name.length + f.value.length, 0);
      }
      expect(total).toBeLessThanOrEqual(6000);
      expect(p.allowed_mentions).toEqual({ parse: [] });
    },
  },
  {
    definition: teams,
    config: { webhookUrl: 'https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=x' },
    check(p) {
      expect(p.type).toBe('message');
      expect(p.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(p.attachments[0].content.version).toBe('1.4');
      expect(bytes(p)).toBeLessThanOrEqual(28 * 1000);
    },
  },
  {
    definition: telegram,
    config: { botToken: '123456:ABCdefGhIJKlmNoPQRstuVWXyz0123456789', chatId: '-1001234567890' },
    check(p) {
      expect(p.parse_mode).toBe('HTML');
      expect(telegramVisible(p.text)).toBeGreaterThan(0);
      expect(telegramVisible(p.text)).toBeLessThanOrEqual(4096);
    },
  },
  {
    definition: pagerduty,
    config: { routingKey: 'R0123456789ABCDEF0123456789ABCDE' },
    check(p) {
      expect(bytes(p)).toBeLessThanOrEqual(512 * 1024);
      expect(['trigger', 'acknowledge', 'resolve']).toContain(p.event_action);
      expect((p.dedup_key ?? '').length).toBeLessThanOrEqual(255);
      if (p.event_action === 'trigger') {
        expect(p.payload.summary.length).toBeGreaterThan(0);
        expect(p.payload.summary.length).toBeLessThanOrEqual(1024);
        expect(p.payload.source.length).toBeGreaterThan(0);
        expect(['critical', 'error', 'warning', 'info']).toContain(p.payload.severity);
      }
    },
  },
  {
    // Mattermost: post message ≤ 16,383 characters (code points); attachments live in props, ≤ 800,000 characters.
    definition: mattermost,
    config: { webhookUrl: 'https://chat.example.com/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx' },
    check(p) {
      expect([...p.text].length).toBeGreaterThan(0);
      expect([...p.text].length).toBeLessThanOrEqual(16_383);
      expect(JSON.stringify({ attachments: p.attachments }).length).toBeLessThanOrEqual(800_000);
      for (const a of p.attachments) {
        expect(a.color).toMatch(/^#[0-9a-f]{6}$/i);
        expect([...a.text].length).toBeLessThanOrEqual(16_383);
        for (const f of a.fields) expect([typeof f.title, typeof f.value, typeof f.short]).toEqual(['string', 'string', 'boolean']);
      }
    },
  },
  {
    // Google Chat: message text ≤ 4,096 characters, whole message ≤ 32,000 bytes; cardsV2 with one widget kind each.
    definition: googleChat,
    config: { webhookUrl: 'https://chat.googleapis.com/v1/spaces/AAAA/messages?key=k&token=t' },
    check(p) {
      expect(p.text.length).toBeGreaterThan(0);
      expect(p.text.length).toBeLessThanOrEqual(4096);
      expect(bytes(p)).toBeLessThanOrEqual(32_000);
      expect(p.thread.threadKey.length).toBeGreaterThan(0);
      for (const section of p.cardsV2[0].card.sections) {
        expect(section.widgets.length).toBeGreaterThan(0);
        for (const w of section.widgets) {
          expect(Object.keys(w)).toHaveLength(1);
          const text = w.textParagraph?.text ?? w.decoratedText?.text ?? '';
          expect(text.length).toBeLessThanOrEqual(4096);
        }
      }
    },
  },
  {
    // Opsgenie Alert API v2: message ≤ 130, alias ≤ 512, description ≤ 15,000, ≤ 20 tags of ≤ 50, source ≤ 100, P1–P5.
    definition: opsgenie,
    config: { apiKey: 'eb243592-faa2-4ba2-a551-1afdf565c889' },
    check(p) {
      expect(['create', 'close']).toContain(p.action);
      if (p.action === 'close') {
        expect(p.alias.length).toBeLessThanOrEqual(512);
        expect(p.body.note.length).toBeLessThanOrEqual(25_000);
        return;
      }
      const a = p.alert;
      expect(a.message.trim().length).toBeGreaterThan(0);
      expect(a.message.length).toBeLessThanOrEqual(130);
      expect(a.alias.length).toBeLessThanOrEqual(512);
      expect(a.description.length).toBeLessThanOrEqual(15_000);
      expect(a.source.length).toBeLessThanOrEqual(100);
      expect(['P1', 'P2', 'P3', 'P4', 'P5']).toContain(a.priority);
      expect(a.tags.length).toBeLessThanOrEqual(20);
      for (const t of a.tags) expect(t.length).toBeLessThanOrEqual(50);
    },
  },
  {
    // Jira Cloud REST v3: summary ≤ 255 on one line; description/comment ADF ≤ 32,767 characters; labels ≤ 255, no spaces.
    definition: jira,
    config: { siteUrl: 'https://team.atlassian.net', email: 'alerts@example.com', apiToken: 'ATATT3xFfGF0token', projectKey: 'OPS' },
    check(p) {
      const adf = p.action === 'create' ? p.fields.description : p.comment;
      expect([adf.type, adf.version]).toEqual(['doc', 1]);
      expect(JSON.stringify(adf).length).toBeLessThanOrEqual(32_767);
      expect(JSON.stringify(adf)).not.toContain('"text":""');
      if (p.action !== 'create') return;
      expect(p.fields.summary.trim().length).toBeGreaterThan(0);
      expect(p.fields.summary.length).toBeLessThanOrEqual(255);
      expect(p.fields.summary).not.toMatch(/[\r\n]/);
      for (const l of p.fields.labels) expect(l).toMatch(/^\S{1,255}$/);
      expect(['Highest', 'High', 'Medium', 'Low']).toContain(p.fields.priority.name);
    },
  },
  {
    definition: email,
    config: { host: 'smtp.example.com', from: 'alerts@example.com', to: 'oncall@example.com' },
    check(p) {
      expect(p.subject).toMatch(/^[^\r\n]{1,200}$/);
      expect(p.html.length).toBeGreaterThan(0);
      expect(p.text.length).toBeGreaterThan(0);
    },
  },
  {
    definition: webhook,
    config: { url: 'https://hooks.example.com/in', signing: { style: 'none' } },
    check(p) {
      expect(() => JSON.parse(JSON.stringify(p.value))).not.toThrow();
      expect(p.value.type).toBeTruthy();
    },
  },
];

const registry = createPluginRegistry(platforms.map((p) => p.definition));
const cases = eventCatalogue().flatMap((entry) => platforms.map((platform) => ({ entry, platform, name: `${entry.sample.id} → ${platform.definition.id}` })));

describe('default messages for every seed event stay within every platform’s limits', () => {
  it('covers all seed events and all channels', () => {
    expect(new Set(cases.map((c) => c.entry.sample.id)).size).toBe(eventCatalogue().length);
    expect(platforms.map((p) => p.definition.id).sort()).toEqual(['discord', 'email', 'google-chat', 'jira', 'mattermost', 'opsgenie', 'pagerduty', 'slack', 'teams', 'telegram', 'webhook']);
  });

  it.each(cases)('$name', ({ entry, platform }) => {
    const parsed = registry.parseChannelConfig(platform.definition.id, platform.config);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const config = mergeSecrets(parsed.config, parsed.secrets);
    const payload = platform.definition.format(defaultMessage(entry.sample, { escape: platform.definition.escape }), config) as Payload;
    platform.check(payload);
    expect(platform.definition.validatePayload?.(payload) ?? []).toEqual([]);
    const max = platform.definition.limits?.maxPayloadBytes;
    if (max) expect(bytes(payload)).toBeLessThanOrEqual(max);
  });
});
