import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { parseDocument, visit, isMap, isScalar } from 'yaml';
import type { TestApp } from '../test-app.js';

/** Secret values the setup stores; no export may ever contain one of them. */
export const SECRETS = {
  url: `https://hooks.example.com/t/${randomBytes(8).toString('hex')}`,
  signing: `whsec_${randomBytes(32).toString('base64')}`,
};

/** A tenant with two channels, a mute timing, a published, a disabled and a draft route, and a silence. */
export async function seedConfiguration(api: TestApp): Promise<void> {
  const ok = async (method: 'POST' | 'PUT', url: string, body: unknown) => {
    const res = await api.request(method, url, body);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json() as { id: string };
  };
  const ops = await ok('POST', '/v1/channels', {
    name: 'Ops webhook', pluginId: 'webhook', config: { url: SECRETS.url, signing: { style: 'standard-webhooks', secret: SECRETS.signing } },
    retryPolicy: { delaysSeconds: [5, 60] },
  });
  const audit = await ok('POST', '/v1/channels', { name: 'Audit log', pluginId: 'webhook', config: { url: 'https://audit.example.com/in', signing: { style: 'none' } }, ratePerSecond: 2 });
  const weekend = await ok('POST', '/v1/mute-timings', { name: 'Weekend', timeZone: 'Europe/Berlin', intervals: [{ weekdays: ['saturday', 'sunday'] }] });
  const deploys = await ok('POST', '/v1/routes', {
    name: 'Deploy failures', description: 'Failed deploys to ops',
    graph: {
      nodes: [
        { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: ['deploy.*'] } },
        { id: 'text', type: 'template', config: { title: 'Deploy of {{data.service}} failed', body: 'See {{data.url}}' } },
        { id: 'notify', type: 'send', config: { channelId: ops.id, muteTimingIds: [weekend.id] } },
        { id: 'audit', type: 'send', config: { channelId: audit.id, sendResolved: false } },
      ],
      edges: [{ source: 'trigger', target: 'text' }, { source: 'text', target: 'notify' }, { source: 'text', target: 'audit' }],
    },
  });
  await ok('POST', `/v1/routes/${deploys.id}/publish`, {});
  const quiet = await ok('POST', '/v1/routes', {
    name: 'Quiet hours', graph: { nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['db.*'], muteTimingIds: [weekend.id] } }, { id: 's', type: 'send', config: { channelId: audit.id } }], edges: [{ source: 't', target: 's' }] },
  });
  await ok('POST', `/v1/routes/${quiet.id}/publish`, {});
  await ok('POST', `/v1/routes/${quiet.id}/disable`, {});
  await ok('POST', '/v1/routes', { name: 'Sketch', graph: { nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['ci.*'] } }], edges: [] } });
  await ok('POST', '/v1/silences', {
    matchers: [{ name: 'type', op: '=', value: 'db.down' }, { name: 'data.env', op: '=~', value: 'staging|dev' }],
    startsAt: '2026-01-01T00:00:00.000Z', endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), createdBy: 'ana', comment: 'staging rebuild',
  });
}

/** What `signalbox apply` does before sending: every { env: NAME } under channels[].config filled from `env`. */
export function fillEnvRefs(text: string, env: Record<string, string>): string {
  const doc = parseDocument(text);
  visit(doc, {
    Map(_key, node) {
      const [pair] = node.items;
      if (node.items.length === 1 && isScalar(pair!.key) && pair!.key.value === 'env' && isScalar(pair!.value)) return doc.createNode(env[String(pair!.value.value)]);
      return isMap(node) ? undefined : undefined;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

export const yamlHeaders = { 'content-type': 'application/yaml' };
