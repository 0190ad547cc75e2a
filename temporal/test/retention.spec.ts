import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionScheduleId, ensureRetentionSchedule } from '../src/retention/retention.schedule.js';
import type { PurgeExpiredResult } from '../src/workflows/retention.workflow.js';
import { startHarness, type Harness } from './support/harness.js';

// Retention on the real Postgres through the real worker and Temporal dev server.
let h: Harness;
beforeAll(async () => {
  h = await startHarness('retention');
});
afterAll(() => h?.close());

const DAY = 86_400_000;

/** An event received `ageDays` ago with (once routed) one node outcome and one delivery with one attempt. */
async function seed(ageDays: number, status = 'routed'): Promise<string> {
  const id = randomUUID();
  const at = new Date(Date.now() - ageDays * DAY);
  const versionId = randomUUID();
  await h.dataSource.query(
    `INSERT INTO events (tenant_id, id, type, source, severity, "timestamp", data, received_at, route_version_ids, status)
     VALUES ($1, $2, 'deploy.failure', 'retention-test', 'critical', $3, '{}', $3, ARRAY[$4]::uuid[], $5)`,
    [h.tenantId, id, at, versionId, status],
  );
  if (status === 'accepted') return id; // not dispatched yet: nothing ran for it
  await h.dataSource.query(
    `INSERT INTO node_outcomes (tenant_id, event_id, route_version_id, node_id, node_type, outcome, recorded_at) VALUES ($1, $2, $3, 'send', 'send', 'sent', $4)`,
    [h.tenantId, id, versionId, at],
  );
  const [delivery] = (await h.dataSource.query(
    `INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key, created_at)
     VALUES ($1, $2, $3, $4, 'send', $5, 'delivered', $2, $6) RETURNING id`,
    [h.tenantId, id, randomUUID(), versionId, randomUUID(), at],
  )) as Array<{ id: string }>;
  await h.dataSource.query(
    `INSERT INTO delivery_attempts (tenant_id, delivery_id, attempt, outcome, latency_ms, started_at) VALUES ($1, $2, 1, 'delivered', 5, $3)`,
    [h.tenantId, delivery!.id, at],
  );
  return id;
}

/** An alert opened `ageDays` ago, resolved `resolvedDaysAgo` days ago (or still open). */
async function seedAlert(ageDays: number, resolvedDaysAgo: number | null): Promise<string> {
  const opened = new Date(Date.now() - ageDays * DAY);
  const resolved = resolvedDaysAgo === null ? null : new Date(Date.now() - resolvedDaysAgo * DAY);
  const [alert] = (await h.dataSource.query(
    `INSERT INTO alerts (tenant_id, fingerprint, status, type, source, severity, opened_at, resolved_at, problem_event_id, last_event_id, last_event_at)
     VALUES ($1, $2, $3, 'deploy.failure', 'retention-test', 'critical', $4, $5, $2, $2, $4) RETURNING id`,
    [h.tenantId, randomUUID(), resolved ? 'resolved' : 'open', opened, resolved],
  )) as Array<{ id: string }>;
  await h.dataSource.query(`INSERT INTO alert_events (tenant_id, alert_id, event_id) VALUES ($1, $2, $3)`, [h.tenantId, alert!.id, randomUUID()]);
  return alert!.id;
}

const count = async (sql: string) => ((await h.dataSource.query(sql, [h.tenantId])) as Array<{ n: number }>)[0]!.n;
const rows = async () => ({
  events: await count('SELECT count(*)::int AS n FROM events WHERE tenant_id = $1'),
  outcomes: await count('SELECT count(*)::int AS n FROM node_outcomes WHERE tenant_id = $1'),
  deliveries: await count('SELECT count(*)::int AS n FROM deliveries WHERE tenant_id = $1'),
  attempts: await count('SELECT count(*)::int AS n FROM delivery_attempts WHERE tenant_id = $1'),
  alerts: await count('SELECT count(*)::int AS n FROM alerts WHERE tenant_id = $1'),
  alertEvents: await count('SELECT count(*)::int AS n FROM alert_events WHERE tenant_id = $1'),
  earlyRecoveries: await count('SELECT count(*)::int AS n FROM alert_early_recoveries WHERE tenant_id = $1'),
});

describe('retention', () => {
  it('deletes events, outcomes, deliveries, attempts and resolved alerts older than the retention age in batches, and keeps the rest', async () => {
    for (let i = 0; i < 5; i++) await seed(40);
    const waiting = await seed(45, 'accepted'); // still in the dispatch outbox: never dropped
    const recent = [await seed(29), await seed(0)];
    // Three alerts resolved long ago (more than one batch), one resolved recently, one open since long ago: still firing.
    for (let i = 0; i < 3; i++) await seedAlert(50, 40);
    const keptAlerts = [await seedAlert(50, 2), await seedAlert(60, null)];
    // A recovery kept for a problem that never came (alert-state.activity.ts), old and recent.
    for (const days of [40, 1]) {
      await h.dataSource.query(`INSERT INTO alert_early_recoveries (tenant_id, fingerprint, recovery_event_id, recovered_at) VALUES ($1, $2, $2, $3)`, [h.tenantId, randomUUID(), new Date(Date.now() - days * DAY)]);
    }
    expect(await rows()).toEqual({ events: 8, outcomes: 7, deliveries: 7, attempts: 7, alerts: 5, alertEvents: 5, earlyRecoveries: 2 });

    const result = await h.client.workflow.execute<(i: { retentionDays: number; batchSize: number }) => Promise<PurgeExpiredResult>>('purgeExpired', {
      taskQueue: h.taskQueue, workflowId: `retention-test-${randomUUID()}`, args: [{ retentionDays: 30, batchSize: 2 }],
    });

    // 5 old events, 2 per statement: three batches that delete and one that finds nothing (other files' tenants share the database).
    expect(result.events).toBeGreaterThanOrEqual(5);
    expect(result.alerts).toBeGreaterThanOrEqual(3); // the purge spans every tenant in the shared test database
    expect(result.batches).toBeGreaterThanOrEqual(4);
    expect(await rows()).toEqual({ events: 3, outcomes: 2, deliveries: 2, attempts: 2, alerts: 2, alertEvents: 2, earlyRecoveries: 1 });
    const alertsLeft = (await h.dataSource.query('SELECT id FROM alerts WHERE tenant_id = $1', [h.tenantId])) as Array<{ id: string }>;
    expect(alertsLeft.map((r) => r.id).sort()).toEqual(keptAlerts.sort());
    const left = (await h.dataSource.query('SELECT id FROM events WHERE tenant_id = $1', [h.tenantId])) as Array<{ id: string }>;
    expect(left.map((r) => r.id).sort()).toEqual([waiting, ...recent].sort());
  });

  it('creates its hourly schedule idempotently, following a changed RETENTION_DAYS', async () => {
    await ensureRetentionSchedule({ client: h.client, taskQueue: h.taskQueue, retentionDays: 30 });
    await ensureRetentionSchedule({ client: h.client, taskQueue: h.taskQueue, retentionDays: 7 });
    const described = await h.client.schedule.getHandle(retentionScheduleId(h.taskQueue)).describe();
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'purgeExpired', taskQueue: h.taskQueue, args: [{ retentionDays: 7, batchSize: 1000 }] });
    expect(described.spec.intervals).toEqual([expect.objectContaining({ every: 3_600_000 })]);
    await h.client.schedule.getHandle(retentionScheduleId(h.taskQueue)).delete();
  });
});
