import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

// The worker side (a held send waits for the resume signal, then delivers; cancel stops a retry) is
// proven against a real worker in temporal/test/held.spec.ts and retry.spec.ts; this is the API's part.
describe('channels: held count, retry policy, pacing override; deliveries: cancel', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.request('POST', '/v1/channels', { name: 'Hook', pluginId: 'webhook', config: { url: 'https://127.0.0.1:1/hook', signing: { style: 'none' } } });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
  });
  afterAll(() => t?.close());

  const heldRow = (channelId: string) =>
    t.dataSource.query(
      `INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key, last_error)
       VALUES ($1, $2, $3, $3, 's', $4, 'held', 'k', 'held: channel "Hook" is paused') RETURNING id`,
      [t.tenantId, randomUUID(), randomUUID(), channelId],
    ) as Promise<Array<{ id: string }>>;

  it('shows how many deliveries a channel holds, in get, list, pause and resume', async () => {
    expect((await t.request('POST', `/v1/channels/${id}/pause`)).json()).toMatchObject({ paused: true, heldCount: 0 });
    await heldRow(id);
    await heldRow(id);
    expect((await t.request('GET', `/v1/channels/${id}`)).json()).toMatchObject({ heldCount: 2 });
    expect((await t.request('GET', '/v1/channels')).json().items.find((c: { id: string }) => c.id === id)).toMatchObject({ heldCount: 2 });
    // No workflow owns these rows (workflow_id is null), so resume has nothing to signal; the count stays honest.
    const resumed = await t.request('POST', `/v1/channels/${id}/resume`);
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json()).toMatchObject({ paused: false, heldCount: 2 });
  });

  it('stores a retry policy and a pacing override, and rejects bad ones naming the field', async () => {
    const ok = await t.request('PATCH', `/v1/channels/${id}`, { retryPolicy: { delaysSeconds: [5, 300, 1800] }, ratePerSecond: 0.5 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ retryPolicy: { delaysSeconds: [5, 300, 1800], jitter: 0.2, maxRetryAfterSeconds: 3600 }, ratePerSecond: 0.5 });
    const badDelay = await t.request('PATCH', `/v1/channels/${id}`, { retryPolicy: { delaysSeconds: [-1] } });
    expect(badDelay.statusCode).toBe(400);
    expect(badDelay.json().issues).toEqual([{ path: 'retryPolicy.delaysSeconds[0]', message: 'must be ≥ 0' }]);
    const badRate = await t.request('PATCH', `/v1/channels/${id}`, { ratePerSecond: 0 });
    expect(badRate.statusCode).toBe(400);
    expect(badRate.body).toContain('ratePerSecond');
    const cleared = await t.request('PATCH', `/v1/channels/${id}`, { retryPolicy: null, ratePerSecond: null });
    expect(cleared.json()).toMatchObject({ retryPolicy: null, ratePerSecond: null });
  });

  it('cancel: 404 for an unknown delivery, 409 for one that is not retrying or held', async () => {
    expect((await t.request('POST', `/v1/deliveries/${randomUUID()}/cancel`, {})).statusCode).toBe(404);
    const [row] = (await t.dataSource.query(
      `INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key)
       VALUES ($1, $2, $3, $3, 's', $4, 'delivered', 'k') RETURNING id`,
      [t.tenantId, randomUUID(), randomUUID(), id],
    )) as Array<{ id: string }>;
    const res = await t.request('POST', `/v1/deliveries/${row!.id}/cancel`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('not waiting for a retry or held');
    const detail = (await t.request('GET', `/v1/deliveries/${row!.id}`)).json();
    expect(detail).toMatchObject({ cancellable: false, nextAttemptAt: null, maxAttempts: null });
  });
});
