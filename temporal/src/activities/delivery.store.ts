import type { DeliveryStatus } from '@signalbox/db';
import type { DataSource } from 'typeorm';
import type { DeliverInput } from '../route-plan.types.js';
import { UPSERT_OUTCOME_CONFLICT } from './outcomes.activity.js';
import type { ClassifiedError } from './send.errors.js';

export interface OpenedDelivery {
  id: string;
  status: DeliveryStatus;
  channel?: { name: string; pluginId: string; config: Record<string, unknown>; secretsCiphertext: string | null; paused: boolean; disabledAt: Date | null; disabledReason: string | null };
}

/**
 * Creates the delivery row on the first attempt (later attempts find it) and loads the channel, in one
 * round trip. The channel is read on every attempt: a channel paused or fixed between retries counts.
 */
export async function openDelivery(dataSource: DataSource, input: DeliverInput, idempotencyKey: string): Promise<OpenedDelivery> {
  const rows: Array<{ id: string; status: DeliveryStatus; name: string | null; plugin_id: string | null; config: Record<string, unknown> | null; secrets_ciphertext: string | null; paused: boolean | null; disabled_at: Date | null; disabled_reason: string | null }> =
    await dataSource.query(
      `WITH d AS (
         INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key, message)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8)
         ON CONFLICT (tenant_id, event_id, route_version_id, node_id) DO UPDATE SET updated_at = now()
         RETURNING id, status)
       SELECT d.id, d.status, c.name, c.plugin_id, c.config, c.secrets_ciphertext, c.paused, c.disabled_at, c.disabled_reason
       FROM d LEFT JOIN channels c ON c.tenant_id = $1 AND c.id = $6`,
      [input.tenantId, input.eventId, input.routeId, input.routeVersionId, input.nodeId, input.channelId, idempotencyKey, JSON.stringify(input.message)],
    );
  const row = rows[0]!;
  return {
    id: row.id,
    status: row.status,
    ...(row.plugin_id !== null
      ? { channel: { name: row.name ?? '', pluginId: row.plugin_id, config: row.config ?? {}, secretsCiphertext: row.secrets_ciphertext, paused: row.paused === true, disabledAt: row.disabled_at, disabledReason: row.disabled_reason } }
      : {}),
  };
}

export interface AttemptRecord {
  tenantId: string;
  deliveryId: string;
  attempt: number;
  startedAt: Date;
  latencyMs: number;
  status: Exclude<DeliveryStatus, 'pending'>;
  /** Written only when the delivery is settled; a retrying send has no outcome yet. */
  nodeOutcome?: 'sent' | 'failed' | 'skipped';
  statusCode?: number;
  responseExcerpt?: string;
  error?: ClassifiedError;
  input: DeliverInput;
}

/** The attempt row, the delivery's new state and (when settled) the node outcome: one atomic statement. */
export async function finishAttempt(dataSource: DataSource, r: AttemptRecord): Promise<void> {
  const statusCode = r.statusCode ?? r.error?.statusCode ?? null;
  const attemptOutcome = r.status === 'delivered' ? 'delivered' : r.error?.kind === 'retryable' ? 'retryable_error' : 'permanent_error';
  const reason = r.status === 'delivered' ? (statusCode !== null ? `delivered (HTTP ${statusCode})` : 'delivered') : (r.error?.message ?? null);
  await dataSource.query(
    `WITH d AS (
       UPDATE deliveries SET status = $3, attempts = greatest(attempts, $4), last_status_code = $6, last_error = $8,
         delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END, updated_at = now()
       WHERE tenant_id = $1 AND id = $2 AND status <> 'delivered'),
     a AS (
       INSERT INTO delivery_attempts (tenant_id, delivery_id, attempt, outcome, status_code, latency_ms, error, response_excerpt, started_at)
       VALUES ($1, $2, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (delivery_id, attempt) DO UPDATE SET outcome = EXCLUDED.outcome, status_code = EXCLUDED.status_code,
         latency_ms = EXCLUDED.latency_ms, error = EXCLUDED.error, response_excerpt = EXCLUDED.response_excerpt)
     INSERT INTO node_outcomes (tenant_id, event_id, route_version_id, node_id, node_type, outcome, reason)
     SELECT $1, $11, $12, $13, 'send', $14, $15 WHERE $14::text IS NOT NULL
     ${UPSERT_OUTCOME_CONFLICT}`,
    [
      r.tenantId, r.deliveryId, r.status, r.attempt, attemptOutcome, statusCode, r.latencyMs,
      r.status === 'delivered' ? null : (r.error?.message ?? null), r.responseExcerpt ?? r.error?.responseExcerpt ?? null, r.startedAt,
      r.input.eventId, r.input.routeVersionId, r.input.nodeId, r.nodeOutcome ?? null, reason,
    ],
  );
}
