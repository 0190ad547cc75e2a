import type { DataSource } from 'typeorm';
import { emitInternalEvent } from './internal-event.emit.js';

/**
 * A 410 / deleted destination: disable the channel (not pause — nobody will "resume" a destination that is
 * gone; its sends fail with the reason until someone enables it after fixing the config). Only the first
 * disabler writes, so a retried activity or a second concurrent send keeps the original reason and time.
 * Returns whether this call disabled it.
 */
export async function disableChannel(dataSource: DataSource, tenantId: string, channelId: string, reason: string): Promise<boolean> {
  const rows: Array<{ name: string; plugin_id: string; disabled_at: Date }> = returned(await dataSource.query(
    `UPDATE channels SET disabled_at = now(), disabled_reason = $3, updated_at = now()
     WHERE tenant_id = $1 AND id = $2 AND disabled_at IS NULL RETURNING name, plugin_id, disabled_at`,
    [tenantId, channelId, reason],
  ));
  const row = rows[0];
  const at = row?.disabled_at ?? (await disabledAt(dataSource, tenantId, channelId));
  // Emitted whenever the channel is disabled, keyed by the disable time: an activity retried after the UPDATE
  // committed (crash before the insert) still emits, and exactly once per disable.
  if (at) {
    const name = row?.name ?? (await nameOf(dataSource, tenantId, channelId));
    await emitInternalEvent(dataSource, tenantId, {
      key: `channel.disabled:${channelId}:${at.toISOString()}`, type: 'signalbox.channel.disabled', severity: 'critical',
      subject: `Channel ${name} was disabled`,
      data: { channelId, channelName: name, disabledAt: at.toISOString(), reason },
    });
  }
  return row !== undefined;
}

async function disabledAt(dataSource: DataSource, tenantId: string, channelId: string): Promise<Date | null> {
  const rows: Array<{ disabled_at: Date | null }> = await dataSource.query('SELECT disabled_at FROM channels WHERE tenant_id = $1 AND id = $2', [tenantId, channelId]);
  return rows[0]?.disabled_at ?? null;
}

async function nameOf(dataSource: DataSource, tenantId: string, channelId: string): Promise<string> {
  const rows: Array<{ name: string }> = await dataSource.query('SELECT name FROM channels WHERE tenant_id = $1 AND id = $2', [tenantId, channelId]);
  return rows[0]?.name ?? channelId;
}

/** The reason a send to a disabled channel fails with (the delivery row shows it). */
export const disabledMessage = (name: string, reason: string | null) =>
  `channel "${name}" is disabled${reason ? `: ${reason}` : ''} (enable it to send again)`;

export const goneReason = (message: string) => `the destination answered 410 Gone (${message})`;

/** TypeORM's Postgres driver answers an UPDATE … RETURNING with [rows, affectedCount]; a SELECT with rows. */
export function returned<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}
