import type { DataSource } from 'typeorm';
import { deliveryIdempotencyKey } from './idempotency.key.js';
import type { DeliveryFailureInput, RecordOutcomesInput } from '../route-plan.types.js';

export const UPSERT_OUTCOME_CONFLICT = `ON CONFLICT (tenant_id, event_id, route_version_id, node_id) DO UPDATE
  SET node_type = EXCLUDED.node_type, outcome = EXCLUDED.outcome, reason = EXCLUDED.reason,
      detail = EXCLUDED.detail, recorded_at = now()`;

/**
 * Node outcomes in one statement per batch. Upserts on the unique (tenant, event, version, node), so an
 * activity retry or a replay overwrites instead of duplicating.
 */
export function createRecordOutcomes(dataSource: DataSource) {
  return async function recordOutcomes(input: RecordOutcomesInput): Promise<void> {
    if (input.outcomes.length === 0) return;
    const o = input.outcomes;
    await dataSource.query(
      `INSERT INTO node_outcomes (tenant_id, event_id, route_version_id, node_id, node_type, outcome, reason, detail)
       SELECT $1, $2, $3, n.node_id, n.node_type, n.outcome, n.reason, n.detail
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[]) AS n(node_id, node_type, outcome, reason, detail)
       ${UPSERT_OUTCOME_CONFLICT}`,
      [
        input.tenantId, input.eventId, input.routeVersionId,
        o.map((x) => x.nodeId), o.map((x) => x.nodeType), o.map((x) => x.outcome),
        o.map((x) => x.reason ?? null), o.map((x) => (x.detail ? JSON.stringify(x.detail) : null)),
      ],
    );
    await recordUnsendable(dataSource, input);
  };
}

/**
 * The final word on a send the workflow gave up on (retries exhausted, timeout, permanent error): the
 * delivery ends `failed` with the last error (unless an attempt did deliver), and the node outcome says so.
 */
export function createRecordDeliveryFailure(dataSource: DataSource) {
  return async function recordDeliveryFailure(input: DeliveryFailureInput): Promise<void> {
    await dataSource.query(
      `WITH d AS (
         UPDATE deliveries SET status = 'failed', last_error = $5, next_attempt_at = NULL, updated_at = now()
         WHERE tenant_id = $1 AND event_id = $2 AND route_version_id = $3 AND node_id = $4 AND status <> 'delivered')
       INSERT INTO node_outcomes (tenant_id, event_id, route_version_id, node_id, node_type, outcome, reason)
       SELECT $1, $2, $3, $4, 'send', $6, $5
       WHERE NOT EXISTS (SELECT 1 FROM deliveries WHERE tenant_id = $1 AND event_id = $2 AND route_version_id = $3
                           AND node_id = $4 AND status = 'delivered')
       ${UPSERT_OUTCOME_CONFLICT}`,
      [input.tenantId, input.eventId, input.routeVersionId, input.nodeId, input.error, input.outcome],
    );
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_CHANNEL = '00000000-0000-0000-0000-000000000000';

/**
 * A send that could not even be attempted (channel missing, plugin not installed, nothing rendered) still
 * gets a delivery row, `failed` with the reason, so the deliveries log shows it.
 */
async function recordUnsendable(dataSource: DataSource, input: RecordOutcomesInput): Promise<void> {
  const failed = input.outcomes.filter((o) => o.nodeType === 'send' && o.outcome === 'failed' && typeof o.detail?.channelId === 'string');
  if (failed.length === 0) return;
  await dataSource.query(
    `INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key, last_error)
     SELECT $1, $2, v.route_id, $3, n.node_id, n.channel_id, 'failed', n.key, n.reason
     FROM route_versions v, unnest($4::text[], $5::uuid[], $6::text[], $7::text[]) AS n(node_id, channel_id, key, reason)
     WHERE v.tenant_id = $1 AND v.id = $3
     ON CONFLICT (tenant_id, event_id, route_version_id, node_id) DO UPDATE
       SET status = 'failed', last_error = EXCLUDED.last_error, updated_at = now() WHERE deliveries.status <> 'delivered'`,
    [
      input.tenantId, input.eventId, input.routeVersionId,
      failed.map((o) => o.nodeId),
      failed.map((o) => (UUID.test(o.detail!.channelId as string) ? o.detail!.channelId : NO_CHANNEL)),
      failed.map((o) => deliveryIdempotencyKey(input.tenantId, input.eventId, input.routeVersionId, o.nodeId)),
      failed.map((o) => o.reason ?? 'the send could not be attempted'),
    ],
  );
}
