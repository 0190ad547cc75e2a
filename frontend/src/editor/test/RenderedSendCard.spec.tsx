import { fireEvent, screen, within } from '@testing-library/react';
import type { Message } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../api/channels.js';
import type { RenderedSend } from '../../api/routes.js';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { RenderedSendCard } from './RenderedSendCard.js';

const channel = (pluginId: string, config: Record<string, unknown> = {}): Channel => ({ id: 'c1', name: `Ops ${pluginId}`, pluginId, config, paused: false, heldCount: 0, disabledAt: null, disabledReason: null, secretFields: [], retryPolicy: null, ratePerSecond: null, createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z' });
const message: Message = {
  title: 'Disk full on db-1', body: 'Only **2%** left', severity: 'critical', fields: [{ label: 'Host', value: 'db-1' }],
  event: { id: 'evt_1', type: 'disk.full', source: 'astranetmon', severity: 'critical', timestamp: '2026-12-01T10:00:00Z', data: {} },
};
const send = (payload: unknown, extra: Partial<RenderedSend> = {}): RenderedSend => ({ nodeId: 'send-1', message, payload, ...extra });

describe('RenderedSendCard: each platform as it shows the message', () => {
  it('email: subject and recipients as a mail client shows them, the HTML in a script-less sandboxed iframe, a toggle to the text part', () => {
    const payload = { subject: '[Signalbox] [CRITICAL] Disk full on db-1', html: '<h1>Disk full on db-1</h1><script>alert(1)</script>', text: '[CRITICAL] Disk full on db-1\n\nOnly 2% left', priority: 'high' };
    renderWithProviders(<RenderedSendCard send={send(payload)} channel={channel('email', { from: 'alerts@example.com', fromName: 'Signalbox', to: ['ops@example.com', 'sre@example.com'] })} />);
    expect(screen.getByTestId('email-subject').textContent).toBe('[Signalbox] [CRITICAL] Disk full on db-1');
    const email = screen.getByTestId('preview-email');
    expect(email.textContent).toContain('Signalbox <alerts@example.com>');
    expect(email.textContent).toContain('ops@example.com, sre@example.com');
    expect(email.textContent).toContain('High priority');
    const frame = screen.getByTitle('Email HTML part');
    expect(frame.getAttribute('sandbox')).toBe(''); // empty sandbox: no scripts, no forms, no navigation
    expect(frame.getAttribute('srcdoc')).toBe(payload.html);
    fireEvent.click(screen.getByText('Plain text'));
    expect(screen.getByTestId('email-text').textContent).toBe(payload.text);
    expect(screen.queryByTitle('Email HTML part')).toBeNull();
  });

  it('telegram: the HTML parse-mode text with bold and links, other tags shown as text only', () => {
    const text = '🔴 <b>Disk full on db-1</b>\n\nOnly <b>2%</b> left <img src=x onerror="alert(1)"><i>now</i>\n\n🔗 <a href="https://x.test/a">Open</a> <a href="javascript:alert(1)">bad</a>';
    renderWithProviders(<RenderedSendCard send={send({ chat_id: '-100', text, parse_mode: 'HTML' })} channel={channel('telegram')} />);
    const bubble = screen.getByTestId('telegram-text');
    expect([...bubble.querySelectorAll('strong')].map((b) => b.textContent)).toEqual(['Disk full on db-1', '2%']);
    expect(bubble.querySelector('em')!.textContent).toBe('now');
    expect(bubble.querySelector('img')).toBeNull();
    expect(within(bubble).getByText('Open').getAttribute('href')).toBe('https://x.test/a');
    expect(within(bubble).getByText('bad').hasAttribute('href')).toBe(false);
  });

  it('pagerduty: summary, severity, source, component and custom details of the Events API v2 event', () => {
    const event = {
      routing_key: '••••', event_action: 'trigger', dedup_key: 'disk:db-1',
      payload: { summary: 'Disk full on db-1', source: 'db-1', severity: 'critical', component: 'postgres', custom_details: { free: '2%', mount: '/var' } },
    };
    renderWithProviders(<RenderedSendCard send={send(event)} channel={channel('pagerduty')} />);
    expect(screen.getByTestId('pagerduty-summary').textContent).toBe('Disk full on db-1');
    expect(screen.getByTestId('pagerduty-severity').textContent).toBe('critical');
    const card = screen.getByTestId('preview-pagerduty');
    for (const text of ['db-1', 'postgres', 'disk:db-1']) expect(card.textContent).toContain(text);
    expect(screen.getByTestId('pagerduty-details').textContent).toContain('/var');
  });

  it('webhook: method, every header (signature described, not computed) and the pretty JSON body', () => {
    const request = {
      method: 'POST', body: '{"type":"disk.full"}',
      headers: [
        { name: 'content-type', value: 'application/json' },
        { name: 'webhook-id', value: '<delivery id>' },
        { name: 'webhook-timestamp', value: '<unix seconds of the attempt>' },
        { name: 'webhook-signature', value: 'v1,<base64 HMAC-SHA256>', note: 'computed at each attempt with the channel’s signing secret (never shown)' },
      ],
    };
    renderWithProviders(<RenderedSendCard send={send({ value: { type: 'disk.full' } }, { request })} channel={channel('webhook')} />);
    const headers = screen.getByTestId('webhook-headers');
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) expect(within(headers).getByText(name)).toBeTruthy();
    expect(headers.textContent).toContain('never shown');
    expect(screen.getByTestId('webhook-body').textContent).toBe('{\n  "type": "disk.full"\n}');
  });

  it('opsgenie: the alert with its priority, tags and details', () => {
    const alert = { message: 'Disk full on db-1', alias: 'astranetmon:disk:db-1', description: 'Only 2% left', tags: ['signalbox', 'disk.full'], details: { host: 'db-1' }, source: 'Signalbox: astranetmon', priority: 'P1' };
    renderWithProviders(<RenderedSendCard send={send({ action: 'create', alert })} channel={channel('opsgenie')} />);
    expect(screen.getByTestId('opsgenie-priority').textContent).toBe('P1');
    const card = screen.getByTestId('preview-opsgenie');
    for (const text of ['Disk full on db-1', 'astranetmon:disk:db-1', 'disk.full', 'db-1']) expect(card.textContent).toContain(text);
  });

  it('mattermost: the post and its attachment with markdown text and fields', () => {
    const payload = { text: '', attachments: [{ color: '#d00000', title: 'Disk full on db-1', text: 'Only **2%** left', fields: [{ title: 'Host', value: 'db-1', short: true }], footer: 'astranetmon' }] };
    renderWithProviders(<RenderedSendCard send={send(payload)} channel={channel('mattermost')} />);
    const post = screen.getByTestId('preview-mattermost');
    expect(post.querySelector('strong')!.textContent).toBe('2%');
    expect(post.textContent).toContain('Host');
  });

  it('a platform without its own preview says which platform the generic card stands in for', () => {
    renderWithProviders(<RenderedSendCard send={send({ type: 'message' })} channel={channel('teams')} />);
    expect(screen.getByTestId('generic-preview-note').textContent).toContain('Microsoft Teams');
    expect(screen.getByTestId('preview-card')).toBeTruthy();
  });
});
