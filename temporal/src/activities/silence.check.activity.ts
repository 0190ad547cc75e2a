// Before a send leaves: is it silenced (a tenant silence matches the event now) or muted (a mute timing the
// send node names is in its window now)? A local activity, so the verdict is recorded in workflow history
// and a replay never re-decides it. Nothing is cached between calls: any worker must see a silence the
// moment the API commits it.
import { findSilencing, formatMatcher, isMuted, muteTimingIdsForSend, type Message, type MuteTimingRule, type SignalboxEvent, type SilenceRule } from '@signalbox/route-model';
import type { DataSource } from 'typeorm';
import type { GraphCache } from './graph.cache.js';
import { deliveryIdempotencyKey } from './idempotency.key.js';
import { UPSERT_OUTCOME_CONFLICT } from './outcomes.activity.js';

export interface SilenceCheckInput {
  tenantId: string;
  eventId: string;
  event: SignalboxEvent;
  routeId: string;
  routeVersionId: string;
  nodeId: string;
  channelId: string;
  message: Message;
  /**
   * A group's notification: its event is only a summary of the newest one (no payload), and silences were
   * checked per event when it joined the group; mute timings (time windows of the send node) still apply.
   */
  muteTimingsOnly?: boolean;
}

export type SilenceVerdict = { kind: 'send' } | { kind: 'silenced'; silenceId: string } | { kind: 'muted'; muteTimingId: string };

export function createCheckSilences(dataSource: DataSource, graphs: GraphCache) {
  return async function checkSilences(input: SilenceCheckInput): Promise<SilenceVerdict> {
    const now = Date.now();
    const silence = input.muteTimingsOnly ? undefined : await activeSilence(dataSource, input.tenantId, input.event, now);
    if (silence) {
      await recordSuppressed(dataSource, input, 'silenced', silencedReason(silence), { silenceId: silence.id });
      return { kind: 'silenced', silenceId: silence.id };
    }
    const muting = await activeMuteTiming(dataSource, graphs, input, now);
    if (muting) {
      await recordSuppressed(dataSource, input, 'muted', `muted by mute timing "${muting.name}" (${muting.id}, ${muting.timeZone})`, { muteTimingId: muting.id });
      return { kind: 'muted', muteTimingId: muting.id };
    }
    return { kind: 'send' };
  };
}

/** "silenced by <id> (<matchers>; <creator>: <comment>)": the words the deliveries log and node outcomes show. */
export const silencedReason = (silence: SilenceRule) =>
  `silenced by ${silence.id} (${silence.matchers.map(formatMatcher).join(', ')}; ${silence.createdBy}: ${silence.comment})`;

/** The tenant's silence that matches the event now, if any (read fresh: any worker sees a silence at once). */
export async function activeSilence(dataSource: DataSource, tenantId: string, event: SignalboxEvent, now: number): Promise<SilenceRule | undefined> {
  const rows: Array<{ id: string; matchers: SilenceRule['matchers']; starts_at: Date; ends_at: Date; created_by: string; comment: string }> = await dataSource.query(
    `SELECT id, matchers, starts_at, ends_at, created_by, comment FROM silences
      WHERE tenant_id = $1 AND ends_at > to_timestamp($2 / 1000.0) AND starts_at <= to_timestamp($2 / 1000.0)`,
    [tenantId, now],
  );
  const rules = rows.map((r) => ({ id: r.id, matchers: r.matchers, startsAt: r.starts_at, endsAt: r.ends_at, createdBy: r.created_by, comment: r.comment }));
  return findSilencing(rules, event, now);
}

async function activeMuteTiming(dataSource: DataSource, graphs: GraphCache, input: SilenceCheckInput, now: number): Promise<MuteTimingRule | undefined> {
  const { graph } = await graphs.get(input.tenantId, input.routeVersionId);
  const ids = muteTimingIdsForSend(graph, input.nodeId);
  if (ids.length === 0) return undefined;
  // A mute timing deleted after publishing no longer mutes: the send goes out rather than vanishing.
  const rows: Array<{ id: string; name: string; time_zone: string; intervals: MuteTimingRule['intervals'] }> = await dataSource.query(
    'SELECT id, name, time_zone, intervals FROM mute_timings WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
    [input.tenantId, ids],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, timeZone: r.time_zone, intervals: r.intervals })).find((t) => isMuted(t, now));
}

/** The delivery row (status silenced/muted, naming what stopped it) and the send node's outcome, in one statement. */
async function recordSuppressed(
  dataSource: DataSource, input: SilenceCheckInput, status: 'silenced' | 'muted', reason: string, by: { silenceId?: string; muteTimingId?: string },
): Promise<void> {
  const key = deliveryIdempotencyKey(input.tenantId, input.eventId, input.routeVersionId, input.nodeId);
  await dataSource.query(
    `WITH d AS (
       INSERT INTO deliveries (tenant_id, event_id, route_id, route_version_id, node_id, channel_id, status, idempotency_key, message, last_error, silence_id, mute_timing_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (tenant_id, event_id, route_version_id, node_id) DO UPDATE
         SET status = EXCLUDED.status, last_error = EXCLUDED.last_error, silence_id = EXCLUDED.silence_id,
             mute_timing_id = EXCLUDED.mute_timing_id, updated_at = now()
         WHERE deliveries.status <> 'delivered')
     INSERT INTO node_outcomes (tenant_id, event_id, route_version_id, node_id, node_type, outcome, reason, detail)
     VALUES ($1, $2, $4, $5, 'send', $7, $10, $13)
     ${UPSERT_OUTCOME_CONFLICT}`,
    [
      input.tenantId, input.eventId, input.routeId, input.routeVersionId, input.nodeId, input.channelId, status, key,
      JSON.stringify(input.message), reason, by.silenceId ?? null, by.muteTimingId ?? null, JSON.stringify({ channelId: input.channelId, ...by }),
    ],
  );
}
