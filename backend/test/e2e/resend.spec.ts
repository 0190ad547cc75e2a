import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlice } from './slice.harness.js';

const graph = (channelId: string) => ({
  nodes: [
    { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } },
    { id: 'text', type: 'template', config: { title: 'Deploy of {{data.service}} failed', body: '' } },
    { id: 'notify', type: 'send', config: { channelId } },
  ],
  edges: [{ source: 'trigger', target: 'text' }, { source: 'text', target: 'notify' }],
});

type Row = { id: string; nodeId: string; status: string; attempts: number; eventType: string | null; routeName: string | null; resendOf: string | null };

// POST /v1/deliveries/:id/resend through the real worker: a new delivery of the stored message, with a NEW
// webhook-id (a manual resend is a new message, not a duplicate the receiver should drop).
describe('resending a delivery', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  let original: Row;
  let eventId: string;
  const rows = async () => (await slice.api.request('GET', `/v1/deliveries?eventId=${eventId}`)).json().items as Row[];
  const rowsWhen = async (done: (r: Row[]) => boolean) => {
    const deadline = Date.now() + 30_000;
    for (let r = await rows(); ; r = await rows()) {
      if (done(r)) return r;
      if (Date.now() > deadline) throw new Error(`deliveries never settled: ${JSON.stringify(r)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    slice = await startSlice();
    await slice.publishRoute('Deploys', graph(await slice.createChannel()));
    eventId = randomUUID();
    await slice.postEvent({ id: eventId, type: 'deploy.failure', severity: 'high', data: { service: 'api' } });
    original = (await rowsWhen((r) => r[0]?.status === 'delivered'))[0]!;
  }, 120_000);
  afterAll(() => slice?.close());

  it('answers 404 for unknown ids, 400 for a malformed Idempotency-Key', async () => {
    expect((await slice.api.request('POST', `/v1/deliveries/${randomUUID()}/resend`)).statusCode).toBe(404);
    expect((await slice.api.request('POST', '/v1/deliveries/not-a-uuid/resend')).statusCode).toBe(404);
    const bad = await slice.api.request('POST', `/v1/deliveries/${original.id}/resend`, undefined, { 'idempotency-key': 'has spaces' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/Idempotency-Key/);
  });

  it('answers 409 for a delivery still in progress', async () => {
    await slice.api.dataSource.query(`UPDATE deliveries SET status = 'retrying' WHERE id = $1`, [original.id]);
    try {
      expect((await slice.api.request('POST', `/v1/deliveries/${original.id}/resend`)).statusCode).toBe(409);
    } finally {
      await slice.api.dataSource.query(`UPDATE deliveries SET status = 'delivered' WHERE id = $1`, [original.id]);
    }
  });

  it('delivers the stored message again as a new delivery with a new webhook-id', async () => {
    const res = await slice.api.request('POST', `/v1/deliveries/${original.id}/resend`);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ workflowId: `resend:${slice.api.tenantId}:${original.id}:1`, eventId, nodeId: 'notify#resend-1', resendOf: original.id });
    const [first, again] = await slice.receiver.waitFor(2, 30_000);
    expect(again!.verified).toBe(true);
    expect(again!.id).not.toBe(first!.id);
    expect((again!.body as { data: unknown }).data).toEqual((first!.body as { data: unknown }).data);
    const settled = await rowsWhen((r) => r.some((d) => d.nodeId === 'notify#resend-1' && d.status === 'delivered'));
    // The log's rows name the event type and route (joined), and mark the resend.
    expect(settled.find((d) => d.nodeId === 'notify#resend-1')).toMatchObject({ attempts: 1, eventType: 'deploy.failure', routeName: 'Deploys', resendOf: 'notify' });
    expect(settled.find((d) => d.id === original.id)).toMatchObject({ eventType: 'deploy.failure', routeName: 'Deploys', resendOf: null });
    const detail = (await slice.api.request('GET', `/v1/deliveries/${settled.find((d) => d.nodeId === 'notify#resend-1')!.id}`)).json();
    expect(detail.attemptList).toHaveLength(1);
  });

  it('sends once per Idempotency-Key however often the click is repeated', async () => {
    const click = () => slice.api.request('POST', `/v1/deliveries/${original.id}/resend`, undefined, { 'idempotency-key': 'click-42' });
    const [a, b] = [await click(), await click()];
    expect(a.statusCode).toBe(202);
    expect(b.json()).toEqual(a.json());
    expect(a.json()).toMatchObject({ workflowId: `resend:${slice.api.tenantId}:${original.id}:click-42`, nodeId: 'notify#resend-click-42' });
    await rowsWhen((r) => r.some((d) => d.nodeId === 'notify#resend-click-42' && d.status === 'delivered'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slice.receiver.received).toHaveLength(3);
  });
});
