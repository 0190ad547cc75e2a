import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldCount, releaseHeldDeliveries } from '../src/control/send.control.js';
import { chain, FAST_RETRY, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';
import { waitUntil } from './support/wait.js';

let h: Harness;
let short: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, short, rx] = await Promise.all([startHarness('held'), startHarness('held-short', FAST_RETRY, { holdTimeoutMs: 2_000 }), startReceiver()]);
});
afterAll(async () => {
  await Promise.all([h?.close(), short?.close()]);
  await rx?.close();
});

async function route(harness: Harness, channelId: string) {
  return harness.createRoute({
    nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId } }],
    edges: chain('t', 's'),
  });
}

describe('paused means held', () => {
  it('holds a send to a paused channel (status held, reason shown) and delivers it once the channel resumes', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/held') }, undefined, true);
    const { versionId } = await route(h, ch);
    const event = h.event();
    const handle = await h.start(event, [versionId]);
    const [held] = await waitUntil('the delivery to be held', async () => {
      const rows = await h.deliveries(event.id);
      return rows[0]?.status === 'held' ? rows : undefined;
    });
    expect(held!.last_error).toMatch(/^held: channel "ch-\w+" is paused \(sent when it resumes; fails after 24 h\)$/);
    expect(held!.attempts).toBe(0);
    expect(await heldCount(h.dataSource, h.tenantId, ch)).toBe(1);

    await h.dataSource.query('UPDATE channels SET paused = false WHERE id = $1', [ch]);
    expect(await releaseHeldDeliveries(h.dataSource, h.client, h.tenantId, ch)).toBe(1);
    expect(await handle.result()).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    expect(rx.at('/held')).toHaveLength(1);
    const [done] = await h.deliveries(event.id);
    expect(done).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(await heldCount(h.dataSource, h.tenantId, ch)).toBe(0);
  });

  it('fails a held send with the reason once the hold runs out', async () => {
    const ch = await short.createChannel('test-json', { url: rx.url('/held-expired') }, undefined, true);
    const { versionId } = await route(short, ch);
    const event = short.event();
    expect(await short.run(event, [versionId])).toEqual([{ routeVersionId: versionId, sent: 0, failed: 1 }]);
    const [row] = await short.deliveries(event.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 0 });
    expect(row!.last_error).toMatch(/^channel "ch-\w+" stayed paused longer than the 2 s hold$/);
    expect((await short.outcomes(event.id)).s).toEqual({ outcome: 'failed', reason: row!.last_error });
    expect(rx.at('/held-expired')).toHaveLength(0);
  });
});

describe('resume releases held deliveries in event order, paced', () => {
  it('5 held events on a 2/s channel arrive after resume in the order they were received, ≥ 500 ms apart', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/released') }, undefined, true);
    await h.dataSource.query('UPDATE channels SET rate_per_second = 2 WHERE id = $1', [ch]);
    const { versionId } = await route(h, ch);
    const events = Array.from({ length: 5 }, (_, i) => h.event({ subject: `#${i}` }));
    const handles = [];
    for (const [i, e] of events.entries()) {
      // The event rows give the release order (received_at), as the API's ingest would have written them.
      await h.dataSource.query(
        `INSERT INTO events (tenant_id, id, type, source, severity, timestamp, data, received_at, status, route_version_ids)
         VALUES ($1, $2, $3, $4, $5, $6, '{}', now() + make_interval(secs => $7), 'routed', $8)`,
        [h.tenantId, e.id, e.type, e.source, e.severity, e.timestamp, i, [versionId]],
      );
      handles.push(await h.start(e, [versionId]));
    }
    await waitUntil('all five held', async () => (await heldCount(h.dataSource, h.tenantId, ch)) === 5);
    // The worker's HTTP client opens its connection first, as in pacing.spec.ts: a cold connect adds up to ~100 ms
    // to the first request's arrival (CI saw a 494 ms gap), more than the pacing margin the send times keep.
    await h.http.request(rx.url('/warm-up'), { method: 'POST', headers: {}, body: '{}' });
    await h.dataSource.query('UPDATE channels SET paused = false WHERE id = $1', [ch]);
    expect(await releaseHeldDeliveries(h.dataSource, h.client, h.tenantId, ch)).toBe(5);
    await Promise.all(handles.map((x) => x.result()));
    const got = rx.at('/released');
    const keys = (await h.dataSource.query('SELECT idempotency_key, event_id FROM deliveries WHERE channel_id = $1', [ch])) as Array<{ idempotency_key: string; event_id: string }>;
    const eventOf = new Map(keys.map((k) => [k.idempotency_key, k.event_id]));
    const order = got.map((r) => events.findIndex((e) => e.id === eventOf.get(String(r.headers['webhook-id']))));
    const gaps = got.slice(1).map((r, i) => r.at - got[i]!.at);
    console.log(`released: order ${order.join(',')}, gaps ${gaps.join(', ')} ms`);
    expect(got).toHaveLength(5);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(500);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  }, 60_000);
});

describe('a send that cannot happen still leaves a failed delivery row', () => {
  it('channel missing', async () => {
    const missing = randomUUID();
    const { versionId } = await route(h, missing);
    const event = h.event();
    await h.run(event, [versionId]);
    const [row] = await h.deliveries(event.id);
    expect(row).toMatchObject({ status: 'failed', last_error: `channel ${missing} not found`, node_id: 's' });
  });

  it('plugin not installed', async () => {
    const ch = await h.createChannel('not-installed', { url: rx.url('/nope') });
    const { versionId } = await route(h, ch);
    const event = h.event();
    await h.run(event, [versionId]);
    const [row] = await h.deliveries(event.id);
    expect(row).toMatchObject({ status: 'failed', last_error: 'channel plugin "not-installed" is not installed on this worker' });
  });

  it('channel deleted between planning and sending (throttled route: the plan is walked in the workflow)', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/gone-later') });
    const { versionId } = await h.createRoute({
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'th', type: 'throttle', config: { mode: 'rate_limit', key: '{{type}}', limit: 100, windowSeconds: 60 } },
        { id: 's', type: 'send', config: { channelId: ch } },
      ],
      edges: chain('t', 'th', 's'),
    } as never);
    await h.dataSource.query('DELETE FROM channels WHERE id = $1', [ch]);
    const event = h.event();
    await h.run(event, [versionId]);
    const [row] = await h.deliveries(event.id);
    expect(row).toMatchObject({ status: 'failed', last_error: `channel ${ch} not found` });
  });
});
