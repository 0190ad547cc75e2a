import type { DataSource } from 'typeorm';
import { disableChannel, returned } from './channel.disable.js';
import { emitInternalEvent } from './internal-event.emit.js';

export interface ChannelHealthPolicy {
  /** Settled failures in a row that make a channel "failing" (signalbox.channel.failing, once per streak). */
  failingThreshold: number;
  /** A channel whose deliveries ALL failed for this long is disabled. */
  disableAfterMs: number;
}

/** Defaults 5 failures and 5 days; `CHANNEL_FAILING_THRESHOLD`, `CHANNEL_DISABLE_AFTER_HOURS` override. */
export function channelHealthPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): ChannelHealthPolicy {
  const threshold = Number(env.CHANNEL_FAILING_THRESHOLD);
  const hours = Number(env.CHANNEL_DISABLE_AFTER_HOURS);
  return {
    failingThreshold: Number.isInteger(threshold) && threshold > 0 ? threshold : 5,
    disableAfterMs: Number.isFinite(hours) && hours > 0 ? hours * 3_600_000 : 120 * 3_600_000,
  };
}

/** Whether a streak that began at `failingSince` has lasted long enough to disable the channel. */
export const shouldDisable = (failingSince: Date, now: Date, policy: ChannelHealthPolicy) => now.getTime() - failingSince.getTime() >= policy.disableAfterMs;

interface ChannelRef { tenantId: string; channelId: string; name: string }

/** A settled failed delivery: extend the streak, announce it once past the threshold, disable after the period. */
export async function recordChannelFailure(ds: DataSource, ch: ChannelRef, reason: string, policy: ChannelHealthPolicy): Promise<void> {
  const rows: Array<{ consecutive_failures: number; failing_since: Date; failing_announced: boolean }> = returned(await ds.query(
    `UPDATE channels SET consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, now())
     WHERE tenant_id = $1 AND id = $2 RETURNING consecutive_failures, failing_since, failing_announced`,
    [ch.tenantId, ch.channelId],
  ));
  const row = rows[0];
  if (!row) return;
  if (row.consecutive_failures >= policy.failingThreshold && !row.failing_announced) {
    await ds.query('UPDATE channels SET failing_announced = true WHERE tenant_id = $1 AND id = $2', [ch.tenantId, ch.channelId]);
    // Keyed by the streak's start: the same streak is announced once even if this activity is retried.
    await emitInternalEvent(ds, ch.tenantId, {
      key: `channel.failing:${ch.channelId}:${row.failing_since.toISOString()}`, type: 'signalbox.channel.failing', severity: 'high',
      subject: `Channel ${ch.name} is failing`,
      data: { channelId: ch.channelId, channelName: ch.name, consecutiveFailures: row.consecutive_failures, failingSince: row.failing_since.toISOString(), lastReason: reason },
    });
  }
  if (shouldDisable(row.failing_since, new Date(), policy)) {
    const hours = Math.round(policy.disableAfterMs / 360_000) / 10;
    await disableChannel(ds, ch.tenantId, ch.channelId, `every delivery failed for ${hours} h (since ${row.failing_since.toISOString()}; last: ${reason})`);
  }
}

/** A delivered send ends the streak; if it had been announced (or the channel disabled), say it recovered. */
export async function recordChannelSuccess(ds: DataSource, ch: ChannelRef): Promise<void> {
  const rows: Array<{ failing_since: Date | null; failing_announced: boolean }> = returned(await ds.query(
    `UPDATE channels c SET consecutive_failures = 0, failing_since = NULL, failing_announced = false
     FROM (SELECT failing_since, failing_announced FROM channels WHERE tenant_id = $1 AND id = $2 FOR UPDATE) old
     WHERE c.tenant_id = $1 AND c.id = $2 AND c.consecutive_failures > 0 RETURNING old.failing_since, old.failing_announced`,
    [ch.tenantId, ch.channelId],
  ));
  const old = rows[0];
  if (!old?.failing_announced || !old.failing_since) return;
  await emitInternalEvent(ds, ch.tenantId, {
    key: `channel.recovered:${ch.channelId}:${old.failing_since.toISOString()}`, type: 'signalbox.channel.recovered', severity: 'info',
    subject: `Channel ${ch.name} recovered`,
    data: { channelId: ch.channelId, channelName: ch.name, failingSince: old.failing_since.toISOString(), recoveredAt: new Date().toISOString() },
  });
}
