import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('deliver'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

async function sendRoute(path: string) {
  const ch = await h.createChannel('test-json', { url: rx.url(path) });
  return h.createRoute({
    nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId: ch } }],
    edges: chain('t', 's'),
  });
}

describe('deliver', () => {
  it('honours Retry-After on a 429, then delivers (2 attempts recorded)', async () => {
    rx.script('/retry-after', [{ status: 429, headers: { 'retry-after': '1' }, body: 'slow down' }]);
    const { versionId } = await sendRoute('/retry-after');
    const event = h.event();
    expect(await h.run(event, [versionId])).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    const [first, second] = rx.at('/retry-after');
    // The policy's own first interval is 100 ms here: a ~1 s gap can only come from Retry-After.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    const [delivery] = await h.deliveries(event.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, last_status_code: 200 });
    expect(delivery!.delivered_at).not.toBeNull();
    const attempts = await h.attempts(delivery!.id);
    expect(attempts.map((a) => [a.attempt, a.outcome, a.status_code])).toEqual([[1, 'retryable_error', 429], [2, 'delivered', 200]]);
    expect(attempts[0]!.response_excerpt).toBe('slow down');
    expect((await h.outcomes(event.id)).s?.outcome).toBe('sent');
  });

  it('fails a permanent 400 after one attempt, without retrying', async () => {
    rx.script('/bad-request', [{ status: 400, body: 'invalid payload' }]);
    const { versionId } = await sendRoute('/bad-request');
    const event = h.event();
    expect(await h.run(event, [versionId])).toEqual([{ routeVersionId: versionId, sent: 0, failed: 1 }]);
    const [delivery] = await h.deliveries(event.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, last_status_code: 400, last_error: 'HTTP 400' });
    expect(await h.attempts(delivery!.id)).toHaveLength(1);
    expect((await h.outcomes(event.id)).s).toEqual({ outcome: 'failed', reason: 'HTTP 400' });
    await new Promise((r) => setTimeout(r, 300));
    expect(rx.at('/bad-request')).toHaveLength(1);
  });

  it('ends failed with the last error when retries are exhausted', async () => {
    rx.script('/down', Array.from({ length: 10 }, () => ({ status: 503, body: 'unavailable' })));
    const { versionId } = await sendRoute('/down');
    const event = h.event();
    expect(await h.run(event, [versionId])).toEqual([{ routeVersionId: versionId, sent: 0, failed: 1 }]);
    const [delivery] = await h.deliveries(event.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 4, last_status_code: 503, last_error: 'HTTP 503' });
    expect((await h.attempts(delivery!.id)).map((a) => a.outcome)).toEqual(Array(4).fill('retryable_error'));
    expect((await h.outcomes(event.id)).s?.outcome).toBe('failed');
  });
});
