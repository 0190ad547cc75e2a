import type { DeliveryStatus } from '@signalbox/db';
import type { DataSource } from 'typeorm';
import type { AttemptInput } from '../route-plan.types.js';
import { UPSERT_OUTCOME_CONFLICT } from './outcomes.activity.js';
import type { ClassifiedError } from './send.errors.js';

export interface OpenedAttempt {
  id: string;
  status: DeliveryStatus;
  /** The highest attempt number already recorded, and whether any attempt was left `in_flight` by a crash. */
  lastAttempt: number;
  interrupted: boolean;
  /** This attempt's `in_flight` row was already written by openAttempt. */
  inFlightWritten: boolean;
  /** The stored event's source and type, and for an internal event the channel it is about (none in worker-only tests). */
  event: { source: string | null; type: string | null; aboutChannelId: string | null };
  channel?: {
    name: string; pluginId: string; config: Record<string, unknown>; secretsCiphertext: string | null; paused: boolean;
    disabledAt: Date | null; disabledReason: string | null;
    retryPolicy: unknown; ratePerSecond: number | null;
    /** Failures in a row when the attempt opened: a success has a streak to end only when this is above 0. */
    consecutiveFailures: number;
  };
}

type Row = {
  id: string; status: DeliveryStatus; last_attempt: number | null; in_flight: number | null; eager_attempt: number | null;
  name: string | null; plugin_id: string | null; config: Record<string, unknown> | null; secrets_ciphertext: string | null;
  event_source: string | null; event_type: string | null; event_about: string | null;
  paused: boolean | null; disabled_at: Date | null; disabled_reason: string | null; retry_policy: unknown; rate_per_second: number | null;
  consecutive_failures: number | null;
};

const INTERRUPTED = 'the worker stopped before the answer was recorded; the request may have reached the receiver';

/**
 * Creates (or finds) the delivery row, records which workflow owns it, loads the channel: one round trip.
 * When the send can go straight out (channel not paused, no per-channel pacing) the same statement also
 * writes this attempt's `in_flight` row (see markInFlight), so the common case costs no extra query.
 */
export async function openAttempt(dataSource: DataSource, input: AttemptInput, idempotencyKey: string, workflowId: string | null): Promise<OpenedAttempt> {
  const rows: Row[] = await dataSource.query(
    `WITH d AS (
       INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key, message, workflow_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9)
       ON CONFLICT (tenant_id, event_id, route_version_id, node_id) DO UPDATE SET updated_at = now(), workflow_id = EXCLUDED.workflow_id
       RETURNING id, status),
     c AS (SELECT name, plugin_id, config, secrets_ciphertext, paused, disabled_at, disabled_reason, retry_policy, rate_per_second, consecutive_failures
           FROM channels WHERE tenant_id = $1 AND id = $6),
     ev AS (SELECT source, type, data ->> 'channelId' AS about FROM events WHERE tenant_id = $1 AND id = $2),
     prev AS (SELECT max(a.attempt) AS last_attempt, max(a.attempt) FILTER (WHERE a.outcome = 'in_flight') AS in_flight
              FROM delivery_attempts a, d WHERE a.delivery_id = d.id),
     go AS (SELECT d.id, greatest($10::int, coalesce(prev.last_attempt, 0) + 1) AS attempt FROM d, prev, c
            WHERE d.status <> 'delivered' AND NOT c.paused AND c.disabled_at IS NULL AND c.rate_per_second IS NULL AND $11::bigint IS NULL
              AND NOT EXISTS (SELECT 1 FROM ev WHERE ev.source = 'signalbox' AND ev.about = $6::text)),
     intr AS (UPDATE delivery_attempts SET outcome = 'interrupted', error = $12
              WHERE delivery_id IN (SELECT id FROM go) AND outcome = 'in_flight'),
     ins AS (INSERT INTO delivery_attempts (tenant_id, delivery_id, attempt, outcome, latency_ms, started_at)
             SELECT $1, go.id, go.attempt, 'in_flight', 0, now() FROM go
             ON CONFLICT (delivery_id, attempt) DO UPDATE SET outcome = 'in_flight', started_at = now()
             RETURNING attempt)
     SELECT d.id, d.status, c.name, c.plugin_id, c.config, c.secrets_ciphertext, c.paused, c.disabled_at, c.disabled_reason, c.retry_policy, c.rate_per_second, c.consecutive_failures,
       prev.last_attempt, prev.in_flight, (SELECT attempt FROM ins) AS eager_attempt,
       (SELECT source FROM ev) AS event_source, (SELECT type FROM ev) AS event_type, (SELECT about FROM ev) AS event_about
     FROM d CROSS JOIN prev LEFT JOIN c ON true`,
    [
      input.tenantId, input.eventId, input.routeId, input.routeVersionId, input.nodeId, input.channelId, idempotencyKey, JSON.stringify(input.message), workflowId,
      input.attempt, input.slotAt ?? null, INTERRUPTED,
    ],
  );
  const r = rows[0]!;
  return {
    id: r.id, status: r.status, lastAttempt: r.last_attempt ?? 0, interrupted: r.in_flight !== null, inFlightWritten: r.eager_attempt !== null,
    event: { source: r.event_source, type: r.event_type, aboutChannelId: r.event_about },
    ...(r.plugin_id !== null
      ? { channel: { name: r.name ?? '', pluginId: r.plugin_id, config: r.config ?? {}, secretsCiphertext: r.secrets_ciphertext, paused: r.paused === true, disabledAt: r.disabled_at, disabledReason: r.disabled_reason, retryPolicy: r.retry_policy, ratePerSecond: r.rate_per_second, consecutiveFailures: r.consecutive_failures ?? 0 } }
      : {}),
  };
}

/** The eagerly written `in_flight` row of a send that then had to wait for a pacing slot: nothing left. */
export async function dropInFlight(dataSource: DataSource, deliveryId: string, attempt: number): Promise<void> {
  await dataSource.query(`DELETE FROM delivery_attempts WHERE delivery_id = $1 AND attempt = $2 AND outcome = 'in_flight'`, [deliveryId, attempt]);
}

/**
 * Written just before the request leaves, so a worker killed mid-request leaves a visible attempt; the
 * next execution turns any such `in_flight` row into `interrupted` (same statement) and counts it.
 */
export async function markInFlight(dataSource: DataSource, tenantId: string, deliveryId: string, attempt: number, maxAttempts: number): Promise<void> {
  await dataSource.query(
    `WITH i AS (
       UPDATE delivery_attempts SET outcome = 'interrupted', error = $5
       WHERE delivery_id = $2 AND outcome = 'in_flight' AND attempt < $3),
     d AS (UPDATE deliveries SET attempts = greatest(attempts, $3), max_attempts = $4, next_attempt_at = NULL, updated_at = now()
           WHERE tenant_id = $1 AND id = $2)
     INSERT INTO delivery_attempts (tenant_id, delivery_id, attempt, outcome, latency_ms, started_at)
     VALUES ($1, $2, $3, 'in_flight', 0, now())
     ON CONFLICT (delivery_id, attempt) DO UPDATE SET outcome = 'in_flight', started_at = now()`,
    [tenantId, deliveryId, attempt, maxAttempts, INTERRUPTED],
  );
}

/** A paused channel: the row says `held` and why, and no attempt is used. */
export async function markHeld(dataSource: DataSource, tenantId: string, deliveryId: string, reason: string): Promise<void> {
  await dataSource.query(
    `UPDATE deliveries SET status = 'held', last_error = $3, next_attempt_at = NULL, updated_at = now()
     WHERE tenant_id = $1 AND id = $2 AND status <> 'delivered'`,
    [tenantId, deliveryId, reason],
  );
}

export interface AttemptOutcome {
  tenantId: string;
  deliveryId: string;
  attempt: number;
  maxAttempts: number;
  startedAt: Date;
  latencyMs: number;
  status: 'delivered' | 'retrying' | 'failed';
  nextAttemptAt?: Date;
  statusCode?: number;
  responseExcerpt?: string;
  error?: ClassifiedError;
  input: AttemptInput;
}

/** The attempt row, the delivery's new state (with "next at") and, when settled, the node outcome: one statement. */
export async function recordAttempt(dataSource: DataSource, r: AttemptOutcome): Promise<void> {
  const nodeOutcome = r.status === 'delivered' ? 'sent' : r.status === 'failed' ? 'failed' : null;
  await writeAttempt(dataSource, { ...r, nodeOutcome });
}

export interface AttemptWrite {
  tenantId: string;
  deliveryId: string;
  attempt: number;
  status: Exclude<DeliveryStatus, 'pending'>;
  startedAt: Date;
  latencyMs: number;
  /** Absent for sends recorded before the durable send loop: the stored value stays. */
  maxAttempts?: number;
  nextAttemptAt?: Date;
  /** Written only when the delivery is settled; a retrying send has no outcome yet. */
  nodeOutcome: 'sent' | 'failed' | 'skipped' | null;
  statusCode?: number;
  responseExcerpt?: string;
  error?: ClassifiedError;
  input: Pick<AttemptInput, 'eventId' | 'routeVersionId' | 'nodeId'>;
}

/**
 * The one statement that settles an attempt, for the durable send loop and for the `deliver` activity that
 * workflows recorded before it still run: attempt row, delivery state, node outcome, atomically.
 */
export async function writeAttempt(dataSource: DataSource, r: AttemptWrite): Promise<void> {
  const statusCode = r.statusCode ?? r.error?.statusCode ?? null;
  const attemptOutcome = r.status === 'delivered' ? 'delivered' : r.error?.kind === 'retryable' ? 'retryable_error' : 'permanent_error';
  const reason = r.status === 'delivered' ? (statusCode !== null ? `delivered (HTTP ${statusCode})` : 'delivered') : (r.error?.message ?? null);
  await dataSource.query(
    `WITH d AS (
       UPDATE deliveries SET status = $3, attempts = greatest(attempts, $4), max_attempts = coalesce($16, max_attempts), last_status_code = $6, last_error = $8,
         next_attempt_at = $17, delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END, updated_at = now()
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
      r.input.eventId, r.input.routeVersionId, r.input.nodeId, r.nodeOutcome, reason, r.maxAttempts ?? null, r.nextAttemptAt ?? null,
    ],
  );
}
