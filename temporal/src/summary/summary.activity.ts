import {
  findTrigger, nextScheduleRuns, previousScheduleRun, routeEventWorkflowId, SUMMARY_EVENT_TYPE,
  type RouteGraph, type ScheduledSummaryInput, type ScheduledSummaryResult, type ScheduleSummaryData,
} from '@signalbox/route-model';
import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { internalEventId } from '../activities/internal-event.emit.js';
import { openAlertCount, windowCounts } from './summary.query.js';

export interface EmitSummaryInput extends ScheduledSummaryInput {
  /** The tick this run stands for (Temporal's scheduled start time; for "run now", the second it was asked). */
  scheduledAt: string;
}

/** A window with no earlier tick (a cron that never ran before) looks back one day. */
const FALLBACK_WINDOW_MS = 86_400_000;

/**
 * Builds the summary of the window ending at this tick (from the previous tick of the live version's cron,
 * in its time zone) and puts it in the events outbox as a `signalbox.summary` event already matched to the
 * route's live version ONLY: the API's dispatcher then starts the ordinary routing workflow, so the
 * summary is templated, throttled and sent like any event and shows in the events feed. The event id comes
 * from the route and the tick, so a retried activity (or a re-run tick) injects it once.
 */
export function createEmitScheduledSummary(db: DataSource) {
  return async function emitScheduledSummary(input: EmitSummaryInput): Promise<ScheduledSummaryResult> {
    const [route] = (await db.query(
      `SELECT r.name, r.status, v.id AS "versionId", v.graph FROM routes r JOIN route_versions v ON v.tenant_id = r.tenant_id AND v.id = r.published_version_id
        WHERE r.tenant_id = $1 AND r.id = $2`,
      [input.tenantId, input.routeId],
    )) as Array<{ name: string; status: string; versionId: string; graph: RouteGraph }>;
    const trigger = route ? findTrigger(route.graph)?.config : undefined;
    const schedule = trigger?.schedule;
    if (!route || route.status !== 'published' || !schedule) return { eventId: null, summary: null }; // deleted, disabled or no longer scheduled

    // A tick ends its window at the tick. "Run now" is not a tick (Temporal stamps it with the second it was
    // asked): its window runs until this moment, so events of that very second count too.
    const scheduledAt = new Date(input.scheduledAt);
    const isTick = nextScheduleRuns(schedule, 1, new Date(scheduledAt.getTime() - 1))[0]?.getTime() === scheduledAt.getTime();
    const to = isTick ? scheduledAt : new Date();
    const from = previousScheduleRun(schedule, to) ?? new Date(to.getTime() - FALLBACK_WINDOW_MS);
    const window = { from: from.toISOString(), to: to.toISOString(), cron: schedule.cron, timeZone: schedule.timeZone };
    const [counts, openAlerts] = await Promise.all([
      windowCounts(db, { tenantId: input.tenantId, from: window.from, to: window.to, ...(trigger?.sources ? { sources: trigger.sources } : {}) }),
      openAlertCount(db, input.tenantId),
    ]);
    const title = `${route.name}: ${counts.total} event${counts.total === 1 ? '' : 's'} from ${window.from} to ${window.to}`;
    const summary: ScheduleSummaryData = { title, routeId: input.routeId, routeName: route.name, window, ...counts, openAlerts };

    const eventId = internalEventId(input.tenantId, `summary:${input.routeId}:${input.scheduledAt}`);
    await db.query(
      `INSERT INTO events (tenant_id, id, type, source, severity, subject, "timestamp", data, received_at, route_version_ids, status, workflow_id, task_queue)
       VALUES ($1, $2, $3, 'signalbox', 'info', $4, $5, $6, now(), $7::uuid[], 'accepted', $8, $9) ON CONFLICT DO NOTHING`,
      [input.tenantId, eventId, SUMMARY_EVENT_TYPE, title.slice(0, 500), window.to, JSON.stringify(summary), [route.versionId],
        routeEventWorkflowId(input.tenantId, eventId), Context.current().info.taskQueue],
    );
    return { eventId, summary };
  };
}

export type SummaryActivities = { emitScheduledSummary: ReturnType<typeof createEmitScheduledSummary> };
