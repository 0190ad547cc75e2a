import { randomBytes } from 'node:crypto';
import type { FaultReceiver } from './fault.receiver.js';
import type { FaultStack } from './fault.stack.js';

export const EVENT_TYPE = 'fault.test';

export async function post(stack: FaultStack, path: string, body: unknown = {}): Promise<{ id: string }> {
  const res = await fetch(`${stack.apiOrigin}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/** One signed webhook channel to the receiver and a published route sending every fault.test event there; returns the channel id. */
export async function routeToReceiver(stack: FaultStack, receiver: FaultReceiver): Promise<string> {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const channel = await post(stack, '/v1/channels', { name: 'Fault receiver', pluginId: 'webhook', config: { url: receiver.url, signing: { style: 'standard-webhooks', secret } } });
  const route = await post(stack, '/v1/routes', {
    name: 'Everything to the receiver',
    graph: {
      nodes: [
        { id: 'trigger', type: 'trigger', config: { eventTypes: [EVENT_TYPE] } },
        { id: 'text', type: 'template', config: { title: '{{type}} {{id}}', body: '{{subject}}' } },
        { id: 'send', type: 'send', config: { channelId: channel.id } },
      ],
      edges: [
        { source: 'trigger', target: 'text' },
        { source: 'text', target: 'send' },
      ],
    },
  });
  await post(stack, `/v1/routes/${route.id}/publish`);
  return channel.id;
}

/** Polls /readyz until 200 (bounded). */
export async function waitReady(origin: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(3_000) })).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${origin} never became ready`);
}
