import { describe, expect, it } from 'vitest';
import { pagerdutyConfigSchema } from './pagerduty.config.js';
import { formatPagerduty } from './pagerduty.format.js';
import { validateEvent } from './pagerduty.schema.js';
import { allCatalogueMessages, catalogueMessage, ROUTING_KEY } from './pagerduty.test-kit.js';

const config = (extra: Record<string, unknown> = {}) => pagerdutyConfigSchema.parse({ routingKey: ROUTING_KEY, ...extra });

describe('formatPagerduty', () => {
  it('Server Scout alert down → a full trigger', () => {
    const event = formatPagerduty(catalogueMessage('alert', 0), config({ component: 'http', group: 'web', class: 'availability' }));
    expect(event).toMatchObject({
      routing_key: ROUTING_KEY,
      event_action: 'trigger',
      dedup_key: 'server-scout:alert',
      client: 'Signalbox',
      payload: { summary: 'HTTP service is not responding on port 80', source: 'web-server-01', severity: 'critical', timestamp: '2024-01-15T10:30:00.000Z', component: 'http', group: 'web', class: 'availability' },
    });
    expect(event.payload!.custom_details).toMatchObject({ Source: 'server-scout', 'Server name': 'web-server-01', event: { type: 'alert', data: { status: 'down', alert_id: '12345' } } });
  });

  it('its recovered twin → a resolve with only routing_key, event_action and dedup_key', () => {
    expect(formatPagerduty(catalogueMessage('alert', 1), config())).toEqual({ routing_key: ROUTING_KEY, event_action: 'resolve', dedup_key: 'server-scout:alert' });
  });

  it('maps severities (high → error) and templates the dedup key', () => {
    const high = { ...catalogueMessage('deploy.failure'), severity: 'high' as const };
    const event = formatPagerduty(high, config({ dedupKeyTemplate: '{{source}}/{{data.service}}' }));
    expect(event.payload!.severity).toBe('error');
    expect(event.dedup_key).toBe('ai-admin-panel/my-app');
  });

  it('long dedup keys keep a prefix and a hash of the whole (≤255, still distinct)', () => {
    const a = formatPagerduty({ ...catalogueMessage('alert'), event: { ...catalogueMessage('alert').event, data: { k: `${'x'.repeat(300)}a` } } }, config({ dedupKeyTemplate: '{{data.k}}' }));
    const b = formatPagerduty({ ...catalogueMessage('alert'), event: { ...catalogueMessage('alert').event, data: { k: `${'x'.repeat(300)}b` } } }, config({ dedupKeyTemplate: '{{data.k}}' }));
    expect(a.dedup_key.length).toBeLessThanOrEqual(255);
    expect(a.dedup_key).not.toBe(b.dedup_key);
  });

  it('every catalogue event gives a schema-valid event', () => {
    for (const message of allCatalogueMessages()) expect(validateEvent(formatPagerduty(message, config()))).toEqual([]);
  });

  it('rejects a dedup key template that does not compile when the config is parsed', () => {
    expect(pagerdutyConfigSchema.safeParse({ routingKey: ROUTING_KEY, dedupKeyTemplate: '{{#if}}' }).success).toBe(false);
    expect(pagerdutyConfigSchema.safeParse({ routingKey: 'short' }).success).toBe(false);
  });
});
