import { randomUUID } from 'node:crypto';
import { createDataSource, Tenant } from '@signalbox/db';
import type { SignalboxEvent } from '@signalbox/route-model';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdateAlertState } from '../src/activities/alert-state.activity.js';

// Alert state as many workers update it: two connection pools stand in for two worker processes, against
// the run's real Postgres. Correctness comes from the statements, not from anything kept in memory.
describe('updateAlertState with concurrent workers (real Postgres)', () => {
  let workers: DataSource[];
  let tenantId: string;
  const service = `svc-${randomUUID().slice(0, 8)}`;
  const event = (type: string, minutes: number, id = randomUUID(), forService = service): SignalboxEvent => ({
    id, type, source: 'ai-admin-panel', severity: 'high', timestamp: new Date(Date.parse('2026-03-29T15:00:00Z') + minutes * 60_000).toISOString(),
    data: { service: forService, customer: 'Acme Corp' },
  });
  const update = (worker: number, e: SignalboxEvent) => createUpdateAlertState(workers[worker % 2]!)({ tenantId, event: e });
  const rows = () =>
    workers[0]!.query(`SELECT status, count, opened_at, resolved_at FROM alerts WHERE tenant_id = $1 ORDER BY opened_at`, [tenantId]) as Promise<
      Array<{ status: string; count: number; opened_at: Date; resolved_at: Date | null }>
    >;

  beforeAll(async () => {
    workers = [0, 1].map((i) => createDataSource({ url: process.env.DATABASE_URL!, poolSize: 10, applicationName: `alert-state-${i}` }));
    await Promise.all(workers.map((ds) => ds.initialize()));
    tenantId = (await workers[0]!.getRepository(Tenant).save({ name: 'alert state' })).id;
  });
  afterAll(async () => {
    await Promise.all(workers?.map((ds) => ds.destroy()) ?? []);
  });

  it('20 problems at once on two workers open ONE alert counted 20; a retried problem is not counted again', async () => {
    const first = event('service.health.down', 0);
    const problems = [first, ...Array.from({ length: 19 }, (_, i) => event('service.health.down', 1 + i / 10))];
    const results = await Promise.all(problems.map((e, i) => update(i, e)));
    expect(new Set(results.map((r) => r!.id)).size).toBe(1);
    expect(await rows()).toEqual([expect.objectContaining({ status: 'open', count: 20 })]);
    // Whichever committed first, the alert opened when the earliest problem occurred.
    expect((await rows())[0]!.opened_at.toISOString()).toBe(first.timestamp);
    await update(1, first); // the activity retried after its first try committed
    expect((await rows())[0]!.count).toBe(20);
  });

  it('two recoveries at once: exactly one closes the alert with the duration; a retry of it answers the same', async () => {
    const [a, b] = [event('service.health.recovered', 7), event('service.health.recovered', 7)];
    const [ra, rb] = await Promise.all([update(0, a), update(1, b)]);
    const closer = [ra, rb].filter((r) => r!.id);
    expect(closer).toEqual([expect.objectContaining({ kind: 'recovery', status: 'resolved', durationMs: 420_000, durationText: '7 minutes', count: 20 })]);
    expect([ra, rb].filter((r) => !r!.id)).toEqual([expect.objectContaining({ kind: 'recovery', count: 0 })]);
    const again = await update(0, ra!.id ? a : b);
    expect(again).toEqual(closer[0]);
    expect(await rows()).toEqual([expect.objectContaining({ status: 'resolved', count: 20 })]);
  });

  it('a problem after the recovery opens a new alert; other events are no alert at all', async () => {
    const reopened = await update(0, event('service.health.down', 30));
    expect(reopened).toMatchObject({ kind: 'problem', status: 'open', count: 1 });
    expect((await rows()).map((r) => r.status)).toEqual(['resolved', 'open']);
    expect(await update(1, event('quota.warning', 31))).toBeNull();
  });

  it('a recovery processed before its problem: the problem opens its alert already resolved, with the duration', async () => {
    const other = `late-${randomUUID().slice(0, 8)}`;
    expect(await update(0, event('service.health.recovered', 7, randomUUID(), other))).toMatchObject({ kind: 'recovery', count: 0 });
    const problem = await update(1, event('service.health.down', 0, randomUUID(), other));
    expect(problem).toMatchObject({ kind: 'problem', status: 'resolved', count: 1, durationText: '7 minutes' });
    // The kept recovery was consumed: the next incident of the same service opens, and stays open.
    expect(await update(0, event('service.health.down', 20, randomUUID(), other))).toMatchObject({ kind: 'problem', status: 'open' });
  });

  it('problem and recovery processed at the same moment on two workers, 30 times: no alert is left open', async () => {
    const services = Array.from({ length: 30 }, (_, i) => `race-${i}-${randomUUID().slice(0, 8)}`);
    await Promise.all(services.flatMap((svc, i) => [update(i, event('service.health.down', 0, randomUUID(), svc)), update(i + 1, event('service.health.recovered', 7, randomUUID(), svc))]));
    const statuses: Array<{ status: string; n: number }> = await workers[0]!.query(
      `SELECT status, count(*)::int AS n FROM alerts WHERE tenant_id = $1 AND fingerprint LIKE '%race-%' GROUP BY status`, [tenantId]);
    expect(statuses).toEqual([{ status: 'resolved', n: 30 }]);
    const kept = await workers[0]!.query(`SELECT fingerprint FROM alert_early_recoveries WHERE tenant_id = $1 AND fingerprint LIKE '%race-%'`, [tenantId]);
    expect(kept).toEqual([]); // each kept recovery closed its alert and was consumed
  });
});
