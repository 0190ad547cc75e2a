import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, startSlice } from './slice.harness.js';

// Failure is itself an event: a 410 from one channel disables it and emits signalbox.delivery.failed and
// signalbox.channel.disabled into the outbox; an ordinary route on `signalbox.*` delivers them to a second
// channel, and never to the channel they are about.
describe('internal events', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  let gone: Server;
  let goneUrl: string;
  beforeAll(async () => {
    slice = await startSlice();
    gone = createServer((_req, res) => res.writeHead(410).end('webhook deleted'));
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    goneUrl = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/hook`;
  }, 120_000);
  afterAll(async () => {
    await slice?.close();
    await new Promise((resolve) => gone?.close(resolve));
  });

  it('a 410 disables the channel and its failure reaches the other channel only', async () => {
    const created = await slice.api.request('POST', '/v1/channels', { name: 'Gone hook', pluginId: 'webhook', config: { url: goneUrl, signing: { style: 'none' } } });
    expect(created.statusCode, created.body).toBe(201);
    const failing = created.json().id as string;
    const healthy = await slice.createChannel();
    await slice.publishRoute('Deploys', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } }, { id: 'notify', type: 'send', config: { channelId: failing } }],
      edges: [{ source: 'trigger', target: 'notify' }],
    });
    await slice.publishRoute('Signalbox health', {
      nodes: [
        { id: 'trigger', type: 'trigger', config: { eventTypes: ['signalbox.*'] } },
        { id: 'toFailing', type: 'send', config: { channelId: failing } },
        { id: 'toHealthy', type: 'send', config: { channelId: healthy } },
      ],
      edges: [{ source: 'trigger', target: 'toFailing' }, { source: 'trigger', target: 'toHealthy' }],
    });

    const before = Date.now();
    const eventId = randomUUID();
    await slice.postEvent({ id: eventId, type: 'deploy.failure', severity: 'high', data: {} });
    await slice.eventWhen(eventId, (d) => outcomeOf(d, 'notify')?.outcome === 'failed');

    const channel = (await slice.api.request('GET', `/v1/channels/${failing}`)).json();
    expect(channel.disabledReason).toMatch(/410 Gone/);
    expect(Date.parse(channel.disabledAt)).toBeGreaterThanOrEqual(before - 1_000);

    const internal: Array<{ id: string; type: string; data: Record<string, unknown> }> = await slice.api.dataSource.query(
      `SELECT id, type, data FROM events WHERE tenant_id = $1 AND source = 'signalbox' ORDER BY type`, [slice.api.tenantId]);
    expect(internal.map((e) => e.type)).toEqual(['signalbox.channel.disabled', 'signalbox.delivery.failed']);
    expect(internal[1]!.data).toMatchObject({ eventId, channelId: failing, channelName: 'Gone hook', eventType: 'deploy.failure', statusCode: 410 });

    for (const e of internal) {
      const done = await slice.eventWhen(e.id, (d) => outcomeOf(d, 'toFailing') !== undefined && outcomeOf(d, 'toHealthy') !== undefined);
      expect(outcomeOf(done, 'toHealthy')).toMatchObject({ outcome: 'sent' });
      expect(outcomeOf(done, 'toFailing')).toMatchObject({ outcome: 'failed', reason: 'internal event about this channel' });
    }
    // Both internal events arrived at the healthy channel; the self-guarded sends did not emit another failure.
    expect(slice.receiver.received).toHaveLength(2);
    const after: Array<{ n: number }> = await slice.api.dataSource.query(
      `SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND source = 'signalbox'`, [slice.api.tenantId]);
    expect(after[0]!.n).toBe(2);
  }, 90_000);
});
