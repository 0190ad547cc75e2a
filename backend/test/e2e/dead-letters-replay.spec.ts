import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlice } from './slice.harness.js';

type Slice = Awaited<ReturnType<typeof startSlice>>;
type Row = { id: string; eventId: string; nodeId: string; status: string; errorClass: string | null };
type Op = { id: string; kind: string; actor: string; targets: string[]; result: Record<string, unknown>; finishedAt: string | null; request: Record<string, unknown> };

const WRONG = `whsec_${Buffer.from('w'.repeat(32)).toString('base64')}`;
const sendTo = (channelId: string) => ({
  nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['dl.*'] } }, { id: 'notify', type: 'send', config: { channelId } }],
  edges: [{ source: 'trigger', target: 'notify' }],
});

// Dead letters (failed deliveries, bulk resend by filter) and replay through the CURRENT published
// versions, through the real worker; both recorded and idempotent per Idempotency-Key.
describe('dead letters and replay', () => {
  let slice: Slice;
  let flaky: string;
  let route: { id: string };
  const events: string[] = [];
  const get = async (url: string) => (await slice.api.request('GET', url)).json();
  const post = (url: string, body: unknown, key?: string) => slice.api.request('POST', url, body, key ? { 'idempotency-key': key } : {});
  const rowsWhen = async (query: string, done: (rows: Row[]) => boolean) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const rows = (await get(`/v1/deliveries?${query}`)).items as Row[];
      if (done(rows)) return rows;
      if (Date.now() > deadline) throw new Error(`deliveries never settled: ${JSON.stringify(rows)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    slice = await startSlice();
    const created = await slice.api.request('POST', '/v1/channels', {
      name: 'Flaky', pluginId: 'webhook', config: { url: slice.receiver.url, signing: { style: 'standard-webhooks', secret: WRONG } },
    });
    flaky = created.json().id;
    route = await slice.publishRoute('Dead letters', sendTo(flaky));
    for (let i = 0; i < 3; i++) events.push((await slice.postEvent({ id: `dl-${i}-${randomUUID()}`, type: 'dl.fail', severity: 'high', subject: `dl ${i}` })).id);
    await rowsWhen(`channelId=${flaky}`, (rows) => rows.length === 3 && rows.every((r) => r.status === 'failed'));
  }, 120_000);
  afterAll(() => slice?.close());

  it('lists failed deliveries with their error class, and filters by it', async () => {
    const failed = (await get(`/v1/deliveries?status=failed&errorClass=client_error`)).items as Row[];
    expect(failed.map((r) => r.eventId).sort()).toEqual([...events].sort());
    expect(failed.every((r) => r.errorClass === 'client_error')).toBe(true);
    expect((await get('/v1/deliveries?errorClass=server_error')).items).toEqual([]);
    const bad = await slice.api.request('GET', '/v1/deliveries?errorClass=oops');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/errorClass/);
  });

  it('resends the dead letters in bulk, once per Idempotency-Key, and records who did it', async () => {
    // Fix the receiver's secret first, so the resends can succeed.
    const fixed = await slice.api.request('PATCH', `/v1/channels/${flaky}`, {
      config: { url: slice.receiver.url, signing: { style: 'standard-webhooks', secret: slice.signingSecret } },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const filter = { channelId: flaky, errorClass: 'client_error' };
    const first = await post('/v1/deliveries/resend', filter, 'bulk-1');
    expect(first.statusCode, first.body).toBe(202);
    const op = first.json() as Op;
    expect(op).toMatchObject({ kind: 'bulk_resend', actor: expect.stringMatching(/api key "test key"/), finishedAt: expect.any(String) });
    expect(op.targets).toHaveLength(3);
    expect((op.result.started as unknown[]).length).toBe(3);
    const resent = await rowsWhen(`channelId=${flaky}`, (rows) => rows.filter((r) => r.nodeId.includes('#resend-') && r.status !== 'pending' && r.status !== 'retrying').length === 3);
    expect(resent.filter((r) => r.nodeId.includes('#resend-')).map((r) => r.status)).toEqual(['delivered', 'delivered', 'delivered']);

    const again = await post('/v1/deliveries/resend', filter, 'bulk-1');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(op);
    const conflicting = await post('/v1/deliveries/resend', { channelId: flaky }, 'bulk-1');
    expect(conflicting.statusCode).toBe(409);
    // Delivered since: no longer dead letters, so a new request finds nothing to send.
    const fresh = (await post('/v1/deliveries/resend', filter, 'bulk-2')).json() as Op;
    expect(fresh.targets).toEqual([]);

    const recorded = (await get('/v1/operations?kind=bulk_resend')).items as Op[];
    expect(recorded.map((o) => o.id)).toEqual([fresh.id, op.id]);
    expect(await get(`/v1/operations/${op.id}`)).toEqual(op);
  });

  it('replays an event through the CURRENT published version as a new linked event, once per key', async () => {
    // Publish v2 (to the good channel): the replay must run on it, the original stays on v1.
    const good = await slice.createChannel();
    expect((await slice.api.request('PUT', `/v1/routes/${route.id}`, { graph: sendTo(good) })).statusCode).toBe(200);
    expect((await slice.api.request('POST', `/v1/routes/${route.id}/publish`)).json().publishedVersion).toBe(2);

    const original = events[0]!;
    const res = await post(`/v1/events/${original}/replay`, undefined, 'replay-1');
    expect(res.statusCode, res.body).toBe(202);
    const op = res.json() as Op & { result: { replays: Array<{ eventId: string; replayId: string; matchedRouteCount: number }> } };
    const [replay] = op.result.replays;
    expect(replay).toMatchObject({ eventId: original, replayId: expect.stringMatching(new RegExp(`^${original}~r[0-9a-f]{12}$`)), matchedRouteCount: 1 });

    const detail = await slice.eventWhen(replay!.replayId, (d) => (d as unknown as { outcome: string }).outcome !== 'in_progress');
    expect(detail).toMatchObject({ outcome: 'delivered', replayOf: original, matchedRoutes: [{ version: 2 }] });
    expect(await get(`/v1/events/${original}`)).toMatchObject({ matchedRoutes: [{ version: 1 }], replays: [{ id: replay!.replayId }] });

    const again = await post(`/v1/events/${original}/replay`, undefined, 'replay-1');
    expect(again.json()).toEqual(op);
    expect((await get(`/v1/events?replayOf=${original}`)).items.map((e: { id: string }) => e.id)).toEqual([replay!.replayId]);
    expect((await post(`/v1/events/nope-${randomUUID()}/replay`, undefined)).statusCode).toBe(404);
  });

  it('replays a filtered set of events and records it', async () => {
    const res = await post('/v1/events/replay', { type: 'dl.fail', q: 'dl 1', limit: 5 }, 'replay-set');
    expect(res.statusCode, res.body).toBe(202);
    const op = res.json() as Op & { result: { replays: Array<{ eventId: string; replayId: string }> } };
    expect(op.targets).toEqual([events[1]]);
    await slice.eventWhen(op.result.replays[0]!.replayId, (d) => (d as unknown as { outcome: string }).outcome === 'delivered');
    expect((await get('/v1/operations?kind=replay')).items.map((o: Op) => o.id)).toContain(op.id);
    const bad = await post('/v1/events/replay', { outcome: 'bogus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/outcome/);
  });
});
