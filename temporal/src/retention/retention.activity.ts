import type { DataSource } from 'typeorm';

export interface PurgeBatchInput {
  /** ISO time: rows received/created before it are deleted. */
  cutoff: string;
  /** Rows per statement, so no statement holds locks (or WAL) for long. */
  batchSize: number;
}

export interface PurgeBatchResult {
  events: number;
  deliveries: number;
  /** Absent in results recorded before alerts were purged. */
  alerts?: number;
}

/**
 * One batch per tenant (every statement is tenant-scoped and walks the tenant's time index): up to
 * `batchSize` old events with their node outcomes and deliveries (attempts follow by ON DELETE CASCADE),
 * then up to `batchSize` old deliveries left without such an event. Events still waiting in the dispatch
 * outbox (`accepted`) are kept: an accepted event is never lost. Then up to `batchSize` alerts resolved before the
 * cutoff (their counted-events rows follow by ON DELETE CASCADE); an open alert is kept however old, since it is
 * still firing as far as Signalbox knows; recoveries kept for a problem that never came go too. The workflow calls
 * this until it returns zeros.
 */
export function createPurgeExpiredBatch(dataSource: DataSource) {
  return async function purgeExpiredBatch(input: PurgeBatchInput): Promise<PurgeBatchResult> {
    const tenants: Array<{ tenant_id: string }> = await dataSource.query('SELECT tenant_id FROM tenants');
    const total: Required<PurgeBatchResult> = { events: 0, deliveries: 0, alerts: 0 };
    for (const { tenant_id: tenantId } of tenants) {
      const [events] = (await dataSource.query(
        `WITH e AS (
           DELETE FROM events WHERE tenant_id = $1 AND id IN (
             SELECT id FROM events WHERE tenant_id = $1 AND received_at < $2 AND status <> 'accepted' ORDER BY received_at LIMIT $3)
           RETURNING id),
         o AS (DELETE FROM node_outcomes n USING e WHERE n.tenant_id = $1 AND n.event_id = e.id),
         d AS (DELETE FROM deliveries d USING e WHERE d.tenant_id = $1 AND d.event_id = e.id RETURNING d.id)
         SELECT (SELECT count(*) FROM e)::int AS events, (SELECT count(*) FROM d)::int AS deliveries`,
        [tenantId, input.cutoff, input.batchSize],
      )) as Array<{ events: number; deliveries: number }>;
      const [orphans] = (await dataSource.query(
        `WITH d AS (
           DELETE FROM deliveries WHERE id IN (
             SELECT id FROM deliveries WHERE tenant_id = $1 AND created_at < $2 ORDER BY created_at LIMIT $3)
           RETURNING id)
         SELECT count(*)::int AS deliveries FROM d`,
        [tenantId, input.cutoff, input.batchSize],
      )) as Array<{ deliveries: number }>;
      const [alerts] = (await dataSource.query(
        `WITH a AS (
           DELETE FROM alerts WHERE id IN (
             SELECT id FROM alerts WHERE tenant_id = $1 AND status = 'resolved' AND resolved_at < $2 ORDER BY resolved_at LIMIT $3)
           RETURNING id),
         -- Recoveries kept for a problem that never came (alert-state.activity.ts): as old, they never will.
         r AS (DELETE FROM alert_early_recoveries WHERE tenant_id = $1 AND recovered_at < $2)
         SELECT count(*)::int AS alerts FROM a`,
        [tenantId, input.cutoff, input.batchSize],
      )) as Array<{ alerts: number }>;
      total.events += events!.events;
      total.alerts += alerts!.alerts;
      total.deliveries += events!.deliveries + orphans!.deliveries;
    }
    return total;
  };
}

export type RetentionActivities = { purgeExpiredBatch: ReturnType<typeof createPurgeExpiredBatch> };
