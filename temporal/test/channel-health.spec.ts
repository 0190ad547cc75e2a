import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('health'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

async function setup(path: string) {
  const ch = await h.createChannel('test-json', { url: rx.url(path) });
  // No retries: each event's send settles as failed on its first error, so a streak is a count of events.
  await h.dataSource.query(`UPDATE channels SET retry_policy = '{"delaysSeconds": [], "jitter": 0, "maxRetryAfterSeconds": 0}' WHERE id = $1`, [ch]);
  const { versionId } = await h.createRoute({
    nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId: ch } }],
    edges: chain('t', 's'),
  });
  return { ch, send: () => h.run(h.event(), [versionId]) };
}

const internal = async (channelId: string) =>
  (await h.dataSource.query(
    `SELECT type, data FROM events WHERE tenant_id = $1 AND source = 'signalbox' AND type <> 'signalbox.delivery.failed' AND data ->> 'channelId' = $2 ORDER BY received_at, type`,
    [h.tenantId, channelId],
  )) as Array<{ type: string; data: Record<string, unknown> }>;

describe('channel health', () => {
  it('emits channel.failing once per streak at the 5th failure in a row, then channel.recovered on the first success', async () => {
    const { ch, send } = await setup('/flaky');
    rx.script('/flaky', Array.from({ length: 6 }, () => ({ status: 400, body: 'bad' })));
    for (let i = 0; i < 4; i++) await send();
    expect(await internal(ch)).toEqual([]);
    await send();
    await send();
    const failing = await internal(ch);
    expect(failing.map((e) => e.type)).toEqual(['signalbox.channel.failing']);
    expect(failing[0]!.data).toMatchObject({ channelId: ch, consecutiveFailures: 5, lastReason: 'HTTP 400' });

    await send(); // the receiver answers 200 again
    const after = await internal(ch);
    expect(after.map((e) => e.type)).toEqual(['signalbox.channel.failing', 'signalbox.channel.recovered']);
    expect(after[1]!.data).toMatchObject({ channelId: ch, failingSince: failing[0]!.data.failingSince });
    const [row] = await h.dataSource.query('SELECT consecutive_failures, failing_since FROM channels WHERE id = $1', [ch]);
    expect(row).toEqual({ consecutive_failures: 0, failing_since: null });
  });

  it('disables a channel whose deliveries have all failed for the configured period (default 5 days)', async () => {
    const { ch, send } = await setup('/dead');
    rx.script('/dead', [{ status: 400, body: 'bad' }]);
    // The streak began six days ago (as if every delivery since then had failed).
    await h.dataSource.query(`UPDATE channels SET consecutive_failures = 40, failing_announced = true, failing_since = now() - interval '6 days' WHERE id = $1`, [ch]);
    await send();
    const [row] = await h.dataSource.query('SELECT disabled_at, disabled_reason FROM channels WHERE id = $1', [ch]);
    expect(row.disabled_at).not.toBeNull();
    expect(row.disabled_reason).toMatch(/^every delivery failed for 120 h \(since .+; last: HTTP 400\)$/);
    expect((await internal(ch)).map((e) => e.type)).toEqual(['signalbox.channel.disabled']);
  });
});
