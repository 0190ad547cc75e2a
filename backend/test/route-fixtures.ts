import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** A webhook channel with a signing secret, for routes that need a real send target. */
export async function createWebhookChannel(t: TestApp, secret = `whsec_${Buffer.from('s'.repeat(32)).toString('base64')}`) {
  const res = await t.request('POST', '/v1/channels', { name: 'Ops webhook', pluginId: 'webhook', config: { url: 'https://hooks.example.com/T0KEN-in-url', signing: { secret } } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

/** trigger(types) → filter(severity ≥ warning) → template → throttle → send(channel). */
export const alertGraph = (channelId: string, eventTypes = ['deploy.*']) => ({
  nodes: [
    { id: 'trigger', type: 'trigger', config: { eventTypes } },
    { id: 'serious', type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }] } } },
    { id: 'text', type: 'template', config: { title: '{{type}} on {{data.service}}', body: 'Severity: {{severity}}' } },
    { id: 'limit', type: 'throttle', config: { mode: 'rate_limit', limit: 5, windowSeconds: 60, key: '{{data.service}}' } },
    { id: 'notify', type: 'send', config: { channelId } },
  ],
  edges: [
    { source: 'trigger', target: 'serious' },
    { source: 'serious', target: 'text' },
    { source: 'text', target: 'limit' },
    { source: 'limit', target: 'notify' },
  ],
});

/** Creates and publishes a route; returns its id and published version id. */
export async function publishRoute(t: TestApp, name: string, graph: unknown) {
  const created = await t.request('POST', '/v1/routes', { name, graph });
  expect(created.statusCode, created.body).toBe(201);
  const published = await t.request('POST', `/v1/routes/${created.json().id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return published.json() as { id: string; publishedVersion: number; publishedVersionId: string };
}
