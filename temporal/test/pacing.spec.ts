import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, FAST_RETRY, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

// Two workers (each its own process-level Worker, connection and DB pool) polling ONE task queue:
// pacing must hold across them, because the slot is reserved in Postgres, not in a worker's memory.
let a: Harness;
let b: Harness;
let rx: Receiver;
beforeAll(async () => {
  a = await startHarness('pacing');
  [b, rx] = await Promise.all([startHarness('pacing-b', FAST_RETRY, { taskQueue: a.taskQueue }), startReceiver()]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await rx?.close();
});

describe('pacing per destination', () => {
  it('10 events to a channel limited to 1/s reach the receiver no faster than 1/s with two workers, none dropped', async () => {
    const ch = await a.createChannel('test-json', { url: rx.url('/paced') });
    await a.dataSource.query('UPDATE channels SET rate_per_second = 1 WHERE id = $1', [ch]);
    const { versionId } = await a.createRoute({
      nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId: ch } }],
      edges: chain('t', 's'),
    });
    // Each worker's HTTP client opens its connection first (a cold connect adds ~100 ms to one request's
    // arrival, more than the pacing margin); the limit itself is enforced on send times (see pacing.store.ts).
    await Promise.all([a, b].map((w) => w.http.request(rx.url('/warm-up'), { method: 'POST', headers: {}, body: '{}' })));
    const events = Array.from({ length: 10 }, () => a.event());
    const handles = await Promise.all(events.map((e) => a.start(e, [versionId])));
    const results = await Promise.all(handles.map((h) => h.result()));
    expect(results.every((r) => r[0]!.sent === 1)).toBe(true);

    const times = rx.at('/paced').map((r) => r.at).sort((x, y) => x - y);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    const claims = ((await a.dataSource.query("SELECT d.node_id, a.started_at FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.channel_id = $1 ORDER BY a.started_at", [ch])) as Array<{ started_at: Date }>).map((r) => r.started_at.getTime());
    console.log(`pacing 1/s, 2 workers: gaps between arrivals (ms): ${gaps.join(', ')}; span ${times.at(-1)! - times[0]!} ms; in-flight marks: ${claims.slice(1).map((t, i) => t - claims[i]!).join(', ')}`);
    expect(times).toHaveLength(10);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1_000);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(9_000);
    // Which workers did the work (printed: with two pollers both normally take part).
    const identities = new Set<string>();
    for (const h of handles) {
      for (const ev of (await h.fetchHistory()).events ?? []) {
        const id = ev.workflowTaskCompletedEventAttributes?.identity ?? ev.activityTaskStartedEventAttributes?.identity;
        if (id) identities.add(id);
      }
    }
    console.log(`worker identities that completed workflow tasks: ${identities.size}`);
    expect(identities.size).toBe(2);
  }, 60_000);
});
