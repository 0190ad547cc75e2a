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

/**
 * Called right before a paced send leaves: claims the send time `max(previous send + interval, now)` and
 * returns how long to wait for it (ms). Slots from reserveSlot can be missed by a workflow that woke late
 * (busy worker); without this, the next one, on time, would follow it closer than the interval.
 */
export async function claimSendTime(dataSource: DataSource, channelId: string, ratePerSecond: number): Promise<number> {
  // A margin over the interval (≤ 100 ms) absorbs connect / event-loop jitter between leaving and arriving,
  // so the receiver never sees two requests closer than its limit.
  const intervalMs = (1_000 / ratePerSecond) * 1.1 > 1_000 / ratePerSecond + 100 ? 1_000 / ratePerSecond + 100 : (1_000 / ratePerSecond) * 1.1;
  // TypeORM answers an UPDATE with [rows, rowCount] (an INSERT with just the rows).
  const [rows]: [Array<{ wait_ms: number }>, number] = await dataSource.query(
    `UPDATE channel_pacing SET last_sent = greatest(last_sent + make_interval(secs => $2 / 1000.0), clock_timestamp())
     WHERE channel_id = $1
     RETURNING (extract(epoch FROM last_sent - clock_timestamp()) * 1000)::float8 AS wait_ms`,
    [channelId, intervalMs],
  );
  return Math.max(0, rows[0]?.wait_ms ?? 0);
}
