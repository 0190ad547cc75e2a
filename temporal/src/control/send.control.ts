// What the API does to workflows that own held or retrying deliveries. Not workflow code: it runs in the
// API process (and in tests) with a Temporal client and the database.
import type { DataSource } from 'typeorm';
import { reserveSlot } from '../activities/pacing.store.js';

/** The signal names registered by temporal/src/workflows/send.signals.ts. */
export const CHANNEL_RESUMED_SIGNAL = 'channelResumed';
export const CANCEL_DELIVERY_SIGNAL = 'cancelDelivery';

/** The part of `@temporalio/client`'s Client this needs. */
export interface SignalClient {
  workflow: { getHandle(workflowId: string): { signal(name: string, arg: unknown): Promise<void> } };
}

/** Deliveries currently held for a channel (shown as `heldCount`). */
export async function heldCount(dataSource: DataSource, tenantId: string, channelId: string): Promise<number> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS n FROM deliveries WHERE tenant_id = $1 AND channel_id = $2 AND status = 'held'`,
    [tenantId, channelId],
  )) as Array<{ n: number }>;
  return row?.n ?? 0;
}

/** A channel without a declared limit still releases its held backlog spread out, not as one burst. */
export const DEFAULT_RELEASE_RATE_PER_SECOND = 10;

/**
 * After the channel row says `paused = false`: wakes every workflow holding a delivery for it, oldest event
 * first. Each held delivery gets its pacing slot reserved HERE, in event order (channel `rate_per_second`,
 * else the plugin's `pluginRatePerSecond`, else 10/s), and carried in the signal, so the backlog leaves in
 * the order the events arrived, paced. A workflow that already finished is skipped. Returns how many
 * workflows were signalled.
 */
export async function releaseHeldDeliveries(dataSource: DataSource, client: SignalClient, tenantId: string, channelId: string, pluginRatePerSecond?: number): Promise<number> {
  const rows = (await dataSource.query(
    `SELECT d.id, d.workflow_id, c.rate_per_second FROM deliveries d
     JOIN channels c ON c.tenant_id = d.tenant_id AND c.id = d.channel_id
     LEFT JOIN events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id
     WHERE d.tenant_id = $1 AND d.channel_id = $2 AND d.status = 'held' AND d.workflow_id IS NOT NULL
     ORDER BY e.received_at NULLS LAST, d.created_at`,
    [tenantId, channelId],
  )) as Array<{ id: string; workflow_id: string; rate_per_second: number | null }>;
  if (rows.length === 0) return 0;
  const rate = rows[0]!.rate_per_second ?? pluginRatePerSecond ?? DEFAULT_RELEASE_RATE_PER_SECOND;
  const byWorkflow = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const slots = byWorkflow.get(row.workflow_id) ?? {};
    slots[row.id] = await reserveSlot(dataSource, tenantId, channelId, rate);
    byWorkflow.set(row.workflow_id, slots);
  }
  let signalled = 0;
  for (const [id, slots] of byWorkflow) {
    if (await signalQuietly(client, id, CHANNEL_RESUMED_SIGNAL, { channelId, slots })) signalled++;
  }
  return signalled;
}

export type CancelOutcome = 'cancelled' | 'not_found' | 'not_cancellable';

/**
 * Cancels a delivery that is waiting for its next attempt (or held): the workflow stops waiting and the
 * delivery ends `failed` with the reason. A delivery already settled cannot be cancelled.
 */
export async function cancelDeliveryRetry(dataSource: DataSource, client: SignalClient, tenantId: string, deliveryId: string, reason = 'retry cancelled by a user'): Promise<CancelOutcome> {
  const [row] = (await dataSource.query(
    'SELECT status, workflow_id FROM deliveries WHERE tenant_id = $1 AND id = $2',
    [tenantId, deliveryId],
  )) as Array<{ status: string; workflow_id: string | null }>;
  if (!row) return 'not_found';
  if (!['retrying', 'held', 'pending'].includes(row.status) || !row.workflow_id) return 'not_cancellable';
  return (await signalQuietly(client, row.workflow_id, CANCEL_DELIVERY_SIGNAL, { deliveryId, reason })) ? 'cancelled' : 'not_cancellable';
}

async function signalQuietly(client: SignalClient, workflowId: string, name: string, arg: unknown): Promise<boolean> {
  try {
    await client.workflow.getHandle(workflowId).signal(name, arg);
    return true;
  } catch (err) {
    // Finished or unknown workflow: nothing is waiting there any more.
    if ((err as { name?: string }).name === 'WorkflowNotFoundError') return false;
    throw err;
  }
}
