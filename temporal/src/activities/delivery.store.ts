import type { DeliveryStatus } from '@signalbox/db';
import type { DataSource } from 'typeorm';
import type { DeliverInput } from '../route-plan.types.js';
import { type AttemptWrite, writeAttempt } from './attempt.store.js';

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

export type AttemptRecord = Omit<AttemptWrite, 'maxAttempts' | 'nextAttemptAt' | 'nodeOutcome'> & {
  /** Written only when the delivery is settled; a retrying send has no outcome yet. */
  nodeOutcome?: AttemptWrite['nodeOutcome'];
};

/** For `deliver`, the send activity of workflows recorded before the durable send loop: the same statement. */
export async function finishAttempt(dataSource: DataSource, r: AttemptRecord): Promise<void> {
  await writeAttempt(dataSource, { ...r, nodeOutcome: r.nodeOutcome ?? null });
}
