import type { DataSource } from 'typeorm';

/**
 * A 410 / deleted destination: disable the channel (not pause — nobody will "resume" a destination that is
 * gone; its sends fail with the reason until someone enables it after fixing the config). Only the first
 * disabler writes, so a retried activity or a second concurrent send keeps the original reason and time.
 * Returns whether this call disabled it.
 */
export async function disableChannel(dataSource: DataSource, tenantId: string, channelId: string, reason: string): Promise<boolean> {
  const rows: unknown[] = await dataSource.query(
    `UPDATE channels SET disabled_at = now(), disabled_reason = $3, updated_at = now()
     WHERE tenant_id = $1 AND id = $2 AND disabled_at IS NULL RETURNING id`,
    [tenantId, channelId, reason],
  );
  return rows.length > 0;
}

/** The reason a send to a disabled channel fails with (the delivery row shows it). */
export const disabledMessage = (name: string, reason: string | null) =>
  `channel "${name}" is disabled${reason ? `: ${reason}` : ''} (enable it to send again)`;

export const goneReason = (message: string) => `the destination answered 410 Gone (${message})`;
