import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDeliveryRetry } from '../src/control/send.control.js';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';
import { waitUntil } from './support/wait.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('retry'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

async function routeWithPolicy(path: string, retryPolicy: unknown) {
  const ch = await h.createChannel('test-json', { url: rx.url(path) });
  await h.dataSource.query('UPDATE channels SET retry_policy = $2 WHERE id = $1', [ch, JSON.stringify(retryPolicy)]);
  return h.createRoute({
    nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId: ch } }],
    edges: chain('t', 's'),
  });
}

const row = async (eventId: string) => {
  const [d] = (await h.dataSource.query('SELECT * FROM deliveries WHERE tenant_id = $1 AND event_id = $2', [h.tenantId, eventId])) as Array<{
    id: string; status: string; attempts: number; max_attempts: number | null; next_attempt_at: Date | null; last_error: string | null;
  }>;
  return d;
};

describe('workflow-driven retries', () => {
  it("follows the channel's schedule, showing attempt N of M and when the next one is due", async () => {
    rx.script('/sched', [{ status: 503, body: 'down' }, { status: 503, body: 'down' }]);
    const { versionId } = await routeWithPolicy('/sched', { delaysSeconds: [1, 2], jitter: 0, maxRetryAfterSeconds: 60 });
    const event = h.event();
    const handle = await h.start(event, [versionId]);
    const waiting = await waitUntil('attempt 1 to be recorded as retrying', async () => {
      const d = await row(event.id);
      return d?.status === 'retrying' ? d : undefined;
    });
    expect(waiting).toMatchObject({ attempts: 1, max_attempts: 3, last_error: 'HTTP 503' });
    const due = waiting.next_attempt_at!.getTime() - rx.at('/sched')[0]!.at;
    expect(due).toBeGreaterThan(800);
    expect(due).toBeLessThan(1_500);
    expect(await handle.result()).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    const [a, b, c] = rx.at('/sched').map((r) => r.at);
    console.log(`gaps between attempts: ${b! - a!} ms, ${c! - b!} ms (schedule 1000, 2000)`);
    expect(b! - a!).toBeGreaterThanOrEqual(950);
    expect(c! - b!).toBeGreaterThanOrEqual(1_950);
    expect(await row(event.id)).toMatchObject({ status: 'delivered', attempts: 3, max_attempts: 3, next_attempt_at: null });
  });

  it('a retry can be cancelled: the delivery fails with the reason and nothing more is sent', async () => {
    rx.script('/cancel', [{ status: 503, body: 'down' }]);
    const { versionId } = await routeWithPolicy('/cancel', { delaysSeconds: [3600], jitter: 0, maxRetryAfterSeconds: 60 });
    const event = h.event();
    const handle = await h.start(event, [versionId]);
    const waiting = await waitUntil('retrying', async () => ((await row(event.id))?.status === 'retrying' ? row(event.id) : undefined));
    expect(await cancelDeliveryRetry(h.dataSource, h.client, h.tenantId, waiting!.id)).toBe('cancelled');
    expect(await handle.result()).toEqual([{ routeVersionId: versionId, sent: 0, failed: 1 }]);
    expect(await row(event.id)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'retry cancelled by a user', next_attempt_at: null });
    expect((await h.outcomes(event.id)).s).toEqual({ outcome: 'failed', reason: 'retry cancelled by a user' });
    expect(rx.at('/cancel')).toHaveLength(1);
    expect(await cancelDeliveryRetry(h.dataSource, h.client, h.tenantId, waiting!.id)).toBe('not_cancellable');
  });

  it('a database outage does not use up delivery attempts: only requests that were made count', async () => {
    const { versionId } = await routeWithPolicy('/outage', { delaysSeconds: [1], jitter: 0, maxRetryAfterSeconds: 60 });
    // The worker's writes of attempts fail for this tenant only (other test files share the database).
    await h.dataSource.query(`CREATE OR REPLACE FUNCTION fail_attempts_${h.tenantId.replaceAll('-', '')}() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'simulated outage'; END $$ LANGUAGE plpgsql`);
    const fn = `fail_attempts_${h.tenantId.replaceAll('-', '')}`;
    await h.dataSource.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON delivery_attempts FOR EACH ROW
      WHEN (NEW.tenant_id = '${h.tenantId}') EXECUTE FUNCTION ${fn}()`);
    const event = h.event();
    const handle = await h.start(event, [versionId]);
    try {
      // The local first try and then at least three executions of the normal activity have failed.
      await waitUntil('the attempt activity to have failed 3 times', async () => {
        const d = await handle.describe();
        return (d.raw.pendingActivities?.[0]?.attempt ?? 0) >= 3;
      }, 30_000);
    } finally {
      await h.dataSource.query(`DROP TRIGGER ${fn} ON delivery_attempts; DROP FUNCTION ${fn}()`);
    }
    expect(await handle.result()).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    expect(rx.at('/outage')).toHaveLength(1);
    const d = await row(event.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 1, max_attempts: 2 });
    expect((await h.attempts(d!.id)).map((a) => [a.attempt, a.outcome])).toEqual([[1, 'delivered']]);
  }, 60_000);

  it('an attempt interrupted after its request left is recorded, not lost', async () => {
    const { versionId } = await routeWithPolicy('/interrupted', { delaysSeconds: [1], jitter: 0, maxRetryAfterSeconds: 60 });
    // The first request goes out, then recording its answer fails (as if the worker died right after sending).
    // Only attempt 1's answer fails: the retry's answer must record whenever the trigger is dropped, or a slow drop
    // would fail attempt 2 too and use up the policy's two attempts (seen once in CI).
    const fn = `fail_answers_${h.tenantId.replaceAll('-', '')}`;
    await h.dataSource.query(`CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$ LANGUAGE plpgsql`);
    await h.dataSource.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON delivery_attempts FOR EACH ROW
      WHEN (NEW.tenant_id = '${h.tenantId}' AND NEW.attempt = 1 AND NEW.outcome <> 'in_flight') EXECUTE FUNCTION ${fn}()`);
    const event = h.event();
    const handle = await h.start(event, [versionId]);
    try {
      // Two requests: the first one's answer was never recorded, so it was retried as attempt 2.
      await rx.waitFor('/interrupted', 2);
    } finally {
      await h.dataSource.query(`DROP TRIGGER ${fn} ON delivery_attempts; DROP FUNCTION ${fn}()`);
    }
    expect(await handle.result()).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    const requests = rx.at('/interrupted');
    expect(requests).toHaveLength(2);
    const d = await row(event.id);
    const attempts = await h.attempts(d!.id);
    // Every request that left is an attempt in the list; all but the last were interrupted.
    expect(attempts).toHaveLength(requests.length);
    expect(attempts[0]!.outcome).toBe('interrupted');
    expect(attempts.at(-1)!.outcome).toBe('delivered');
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(d).toMatchObject({ status: 'delivered', attempts: requests.length });
  }, 60_000);
});
