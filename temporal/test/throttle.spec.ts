import type { RouteGraph } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('throttle'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

async function throttledRoute(path: string, config: Record<string, unknown>) {
  const ch = await h.createChannel('test-json', { url: rx.url(path) });
  const graph = {
    nodes: [
      { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
      { id: 'th', type: 'throttle', config },
      { id: 's', type: 'send', config: { channelId: ch } },
    ],
    edges: chain('t', 'th', 's'),
  } as RouteGraph;
  return h.createRoute(graph);
}

describe('throttle', () => {
  it('rate_limit lets `limit` events per key through in the window, then stops the branch with a reason', async () => {
    const { versionId } = await throttledRoute('/rate', { mode: 'rate_limit', key: '{{type}}', limit: 2, windowSeconds: 60 });
    const events = [1, 2, 3].map(() => h.event({ type: 'deploy.failure' }));
    for (const e of events) await h.run(e, [versionId]);
    const third = await h.outcomes(events[2]!.id);
    expect(third.th).toEqual({ outcome: 'throttled', reason: 'rate limit 2 per 60s reached for key "deploy.failure"' });
    expect(third.s?.outcome).toBe('skipped');
    expect((await h.outcomes(events[0]!.id)).th?.outcome).toBe('passed');
    // Another key has its own budget.
    await h.run(h.event({ type: 'deploy.success' }), [versionId]);
    expect(rx.at('/rate')).toHaveLength(3);
  });

  it('rate_limit windows are measured from receipt: an event after the window passes again', async () => {
    const { versionId } = await throttledRoute('/window', { mode: 'rate_limit', key: 'all', limit: 1, windowSeconds: 10 });
    const t0 = Date.now();
    await h.run(h.event(), [versionId], new Date(t0).toISOString());
    const blocked = h.event();
    await h.run(blocked, [versionId], new Date(t0 + 5_000).toISOString());
    await h.run(h.event(), [versionId], new Date(t0 + 11_000).toISOString());
    expect((await h.outcomes(blocked.id)).th?.outcome).toBe('throttled');
    expect(rx.at('/window')).toHaveLength(2);
  });

  it('dedupe passes the first event per key within the window', async () => {
    const { versionId } = await throttledRoute('/dedupe', { mode: 'dedupe', key: '{{data.fingerprint}}', windowSeconds: 300 });
    const first = h.event({ data: { fingerprint: 'abc' } });
    const again = h.event({ data: { fingerprint: 'abc' } });
    await h.run(first, [versionId]);
    await h.run(again, [versionId]);
    await h.run(h.event({ data: { fingerprint: 'xyz' } }), [versionId]);
    expect((await h.outcomes(again.id)).th).toEqual({ outcome: 'throttled', reason: 'duplicate of an earlier event for key "abc" within 300s' });
    expect(rx.at('/dedupe')).toHaveLength(2);
  });

  it('lets exactly `limit` through when events race concurrently', async () => {
    const { versionId } = await throttledRoute('/race', { mode: 'rate_limit', key: 'race', limit: 3, windowSeconds: 60 });
    const events = Array.from({ length: 12 }, () => h.event());
    const receivedAt = new Date().toISOString();
    await Promise.all(events.map((e) => h.run(e, [versionId], receivedAt)));
    const decisions = await Promise.all(events.map(async (e) => (await h.outcomes(e.id)).th?.outcome));
    expect(decisions.filter((d) => d === 'passed')).toHaveLength(3);
    expect(decisions.filter((d) => d === 'throttled')).toHaveLength(9);
    expect(rx.at('/race')).toHaveLength(3);
  });

  it('keeps the limit across versions of the same route (scope is route + node)', async () => {
    const { routeId, versionId } = await throttledRoute('/versions', { mode: 'rate_limit', key: 'v', limit: 1, windowSeconds: 60 });
    const [v2] = await h.dataSource.query(
      `INSERT INTO route_versions (tenant_id, route_id, version, graph, trigger_types)
       SELECT tenant_id, route_id, 2, graph, trigger_types FROM route_versions WHERE id = $1 RETURNING id`, [versionId]);
    await h.run(h.event(), [versionId]);
    const later = h.event();
    await h.run(later, [v2.id]);
    expect((await h.outcomes(later.id)).th?.outcome).toBe('throttled');
    expect(routeId).toBeTruthy();
  });
});
