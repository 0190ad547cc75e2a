import type { ApiClient } from './api.client.js';

// The event types the routes trigger on: one route for the single case, five for the fan-out.
export const SINGLE_TYPE = 'bench.single';
export const FANOUT_TYPE = 'bench.fanout';
export const SINGLE_PATHS = ['/single'];
export const FANOUT_PATHS = ['/fan1', '/fan2', '/fan3', '/fan4', '/fan5'];

/** The slice test's shape, trigger → filter → template → send: the realistic short route. */
const graph = (channelId: string, eventType: string) => ({
  nodes: [
    { id: 'trigger', type: 'trigger', config: { eventTypes: [eventType] } },
    { id: 'serious', type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }] } } },
    { id: 'text', type: 'template', config: { title: '{{upper type}} on {{data.service}}', body: '{{data.message}} (build {{data.build}})' } },
    { id: 'notify', type: 'send', config: { channelId } },
  ],
  edges: [
    { source: 'trigger', target: 'serious' },
    { source: 'serious', target: 'text' },
    { source: 'text', target: 'notify' },
  ],
});

async function routeTo(api: ApiClient, receiverOrigin: string, path: string, eventType: string, signingSecret: string): Promise<void> {
  const channel = await api.expect(201, 'POST', '/v1/channels', {
    name: `Bench ${path}`,
    pluginId: 'webhook',
    config: { url: `${receiverOrigin}${path}`, signing: { style: 'standard-webhooks', secret: signingSecret } },
  });
  const route = await api.expect(201, 'POST', '/v1/routes', { name: `Bench ${eventType} ${path}`, graph: graph(String(channel.id), eventType) });
  await api.expect(200, 'POST', `/v1/routes/${String(route.id)}/publish`);
}

/** One channel + published route per receiver path. */
export async function createRoutes(api: ApiClient, receiverOrigin: string, signingSecret: string): Promise<void> {
  for (const path of SINGLE_PATHS) await routeTo(api, receiverOrigin, path, SINGLE_TYPE, signingSecret);
  for (const path of FANOUT_PATHS) await routeTo(api, receiverOrigin, path, FANOUT_TYPE, signingSecret);
}

/** A realistic alert (a failed deploy), ~600 bytes, severity high so the filter passes. */
export function benchEvent(id: string, type: string) {
  return {
    id,
    type,
    source: 'bench',
    severity: 'high',
    subject: 'my-app',
    data: { service: 'my-app', message: 'Service my-app failed to deploy', build: id, region: 'eu-west-1', commit: 'a1b2c3d4e5f6', actor: 'ci-bot', url: 'https://ci.example.com/runs/1' },
  };
}
