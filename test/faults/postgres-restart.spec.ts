import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEntry, workerEntry } from '../../bench/stack.js';
import { FaultReceiver } from './fault.receiver.js';
import { EVENT_TYPE, routeToReceiver, waitReady } from './fault.setup.js';
import { FaultStack } from './fault.stack.js';

// API and worker (built) against their own embedded Postgres cluster, which this test stops and starts
// again: never the shared Postgres other tests use.
describe('a Postgres restart under a running API and worker', () => {
  let stack: FaultStack;
  const receiver = new FaultReceiver();

  beforeAll(async () => {
    expect(existsSync(apiEntry) && existsSync(workerEntry), 'run npm run build first').toBe(true);
    await receiver.up();
    stack = await FaultStack.start();
    await routeToReceiver(stack, receiver);
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    await receiver.down();
  });

  const postEvent = (id: string) =>
    fetch(`${stack.apiOrigin}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id, type: EVENT_TYPE, source: 'faults', severity: 'high', data: {} }),
    });

  async function listening(url: string, timeoutMs: number): Promise<boolean> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
        const { rowCount } = await client.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'signalbox-api-listen' AND query ILIKE 'LISTEN%'`);
        if (rowCount) return true;
      }
      return false;
    } finally {
      await client.end();
    }
  }

  async function waitDelivered(ids: string[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const missing = () => ids.filter((id) => !receiver.received.some((r) => r.eventId === id));
    while (missing().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(missing()).toEqual([]);
  }

  it('answers a quick 503 with Retry-After while Postgres is down, crashes nothing, and delivers after', async () => {
    expect((await postEvent('before-restart')).status).toBe(202);
    await waitDelivered(['before-restart'], 60_000);

    await stack.postgres.stop();
    const startedAt = Date.now();
    const res = await postEvent('during-outage');
    const body = (await res.json()) as { statusCode: number; error: string; message: string };
    expect(res.status).toBe(503);
    expect(Date.now() - startedAt).toBeLessThan(6_000);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    expect(body.message).toMatch(/database is unavailable/);
    expect((await fetch(`${stack.apiOrigin}/readyz`)).status).toBe(503);

    await stack.startPostgres();
    await waitReady(stack.apiOrigin);
    // The client retries the same event once told to: now it is accepted and delivered, as is a new one.
    expect((await postEvent('during-outage')).status).toBe(202);
    expect((await postEvent('after-restart')).status).toBe(202);
    await waitDelivered(['during-outage', 'after-restart'], 90_000);
    // The route-change listener reconnected and LISTENs again (bounded wait: it retries every 2 s).
    expect(await listening(stack.databaseUrl, 30_000)).toBe(true);
    for (const proc of [stack.api, stack.worker]) expect([proc.child.exitCode, proc.child.signalCode], `${proc.name} exited`).toEqual([null, null]);
  }, 180_000);
});
