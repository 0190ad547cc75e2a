import { describe, expect, it } from 'vitest';
import { telegramConfigSchema } from './telegram.config.js';
import { parseTelegramHtml } from './telegram.html-check.js';
import { formatTelegram } from './telegram.format.js';
import { allCatalogueMessages, catalogueMessage, TOKEN } from './telegram.test-kit.js';

const config = (extra: Record<string, unknown> = {}) => telegramConfigSchema.parse({ botToken: TOKEN, chatId: '-1001234567890', ...extra });
const visible = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
};

describe('formatTelegram', () => {
  it('Server Scout alert: emoji, bold title, body, fields, link', () => {
    const payload = formatTelegram(catalogueMessage('alert'), config());
    expect(payload).toMatchObject({ chat_id: '-1001234567890', parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    expect(payload.text).toBe(
      [
        '🔴 <b>HTTP service is not responding on port 80</b>',
        '',
        '<b>Source:</b> server-scout',
        '<b>Severity:</b> critical',
        '<b>Alert id:</b> 12345',
        '<b>Server name:</b> web-server-01',
        '<b>Service:</b> HTTP',
        '<b>Status:</b> down',
        '<b>Server ip:</b> 192.168.1.100',
        '<b>Duration:</b> 00:05:23',
        '',
        '🔗 <a href="https://scout.example.com/alerts/12345">Open</a>',
      ].join('\n'),
    );
    expect(payload.disable_notification).toBeUndefined();
  });

  it('every catalogue event formats to text the Telegram parser accepts', () => {
    for (const message of allCatalogueMessages()) expect(visible(formatTelegram(message, config()).text).length).toBeGreaterThan(0);
  });

  it('info is silent by default; topics and link previews are configurable', () => {
    const info = { ...catalogueMessage('alert', 1), severity: 'info' as const };
    const payload = formatTelegram(info, config({ messageThreadId: 7, linkPreview: 'small' }));
    expect(payload).toMatchObject({ disable_notification: true, message_thread_id: 7, link_preview_options: { url: 'https://scout.example.com/alerts/12345', prefer_small_media: true } });
    expect(payload.text.startsWith('🔵')).toBe(true);
    expect(formatTelegram(info, config({ silentSeverities: [] })).disable_notification).toBeUndefined();
  });

  it('HTML-escaped values show as typed: <b> and & are text, not markup', () => {
    const message = { ...catalogueMessage(), title: 'Disk &lt;b&gt;full&lt;/b&gt; on A&amp;B', fields: [{ label: 'Cmd', value: 'a &amp;&amp; b &gt; c' }] };
    const text = visible(formatTelegram(message, config()).text);
    expect(text).toContain('Disk <b>full</b> on A&B');
    expect(text).toContain('Cmd: a && b > c');
  });

  it('empty title, body and fields still give a sendable message', () => {
    const message = { ...catalogueMessage(), title: '', body: '', fields: [{ label: '', value: '' }], url: undefined };
    expect(visible(formatTelegram(message, config()).text).trim()).toBe('🔴 CRITICAL');
  });
});
