import type { DataSource } from 'typeorm';

/**
 * Reserves the destination's next free send slot, shared by every worker: one row per channel, moved
 * forward atomically by one interval per send. Returns the reserved slot (epoch ms), which may be now.
 * A burst is spread out over time, never rejected.
 */
export async function reserveSlot(dataSource: DataSource, tenantId: string, channelId: string, ratePerSecond: number): Promise<number> {
  const intervalMs = 1_000 / ratePerSecond;
  const rows: Array<{ slot: Date }> = await dataSource.query(
    `INSERT INTO channel_pacing (channel_id, tenant_id, next_slot) VALUES ($2, $1, clock_timestamp() + make_interval(secs => $3 / 1000.0))
     ON CONFLICT (channel_id) DO UPDATE
       SET next_slot = greatest(channel_pacing.next_slot, clock_timestamp()) + make_interval(secs => $3 / 1000.0)
     RETURNING next_slot - make_interval(secs => $3 / 1000.0) AS slot`,
    [tenantId, channelId, intervalMs],
  );
  return rows[0]!.slot.getTime();
}
