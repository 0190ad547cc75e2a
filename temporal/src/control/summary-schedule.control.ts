// The Temporal Schedules behind schedule triggers, driven by the API (publish, enable, disable, delete,
// pause/resume/run now). Temporal holds each schedule's state (paused, its note, recent and next runs), so any
// API replica can answer for it and nothing is kept in process.
import { type Client, ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import { SCHEDULED_SUMMARY_WORKFLOW, summaryScheduleId, type ScheduledSummaryInput, type TriggerSchedule } from '@signalbox/route-model';

export interface SummaryScheduleTarget {
  tenantId: string;
  routeId: string;
  taskQueue: string;
}

export interface SummaryScheduleState {
  paused: boolean;
  note: string | null;
  /** Upcoming ticks (none while paused). */
  nextRuns: string[];
  /** Most recent runs, newest first: scheduled time (a "run now" has the moment asked), started and workflow id. */
  recentRuns: Array<{ scheduledAt: string; startedAt: string; workflowId: string }>;
  runsTaken: number;
}

const handleOf = (client: Client, t: Pick<SummaryScheduleTarget, 'tenantId' | 'routeId'>) => client.schedule.getHandle(summaryScheduleId(t.tenantId, t.routeId));

/**
 * Creates the route's schedule, or brings its cron, time zone and action up to date (a republish). Paused
 * state is left alone: a schedule an admin paused stays paused across publishes. Overlap: a tick arriving
 * while the previous summary still runs is buffered (one), never dropped or piled up. Catch-up: after an
 * outage, ticks missed within the last hour still run; older ones are skipped rather than flooding channels.
 * `pausedNote` creates it paused (with that note).
 */
export async function upsertSummarySchedule(
  client: Client, t: SummaryScheduleTarget, schedule: TriggerSchedule, options_: { pausedNote?: string } = {},
): Promise<void> {
  const args: [ScheduledSummaryInput] = [{ tenantId: t.tenantId, routeId: t.routeId }];
  const options = {
    scheduleId: summaryScheduleId(t.tenantId, t.routeId),
    spec: { cronExpressions: [schedule.cron.trim()], timezone: schedule.timeZone },
    action: {
      type: 'startWorkflow', workflowType: SCHEDULED_SUMMARY_WORKFLOW, workflowId: `summary:${t.tenantId}:${t.routeId}`, taskQueue: t.taskQueue, args,
      // A run nobody picks up must end, or the buffered tick would wait behind it forever.
      workflowRunTimeout: '1h',
    },
    policies: { overlap: ScheduleOverlapPolicy.BUFFER_ONE, catchupWindow: '1h' },
    // Only when created: an existing schedule keeps its paused state.
    ...(options_.pausedNote ? { state: { paused: true, note: options_.pausedNote } } : {}),
  } satisfies ScheduleOptions;
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await handleOf(client, t).update((previous) => ({ ...previous, spec: options.spec, action: options.action, policies: { ...previous.policies, ...options.policies } }));
  }
}

/** Removes the route's schedule (disabled, deleted, or republished without a schedule); absent is fine. */
export async function deleteSummarySchedule(client: Client, t: Pick<SummaryScheduleTarget, 'tenantId' | 'routeId'>): Promise<void> {
  try {
    await handleOf(client, t).delete();
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
  }
}

/** The schedule's state, or null when the route has none. */
export async function describeSummarySchedule(client: Client, t: Pick<SummaryScheduleTarget, 'tenantId' | 'routeId'>): Promise<SummaryScheduleState | null> {
  try {
    const d = await handleOf(client, t).describe();
    return {
      paused: d.state.paused,
      note: d.state.note || null,
      nextRuns: d.state.paused ? [] : d.info.nextActionTimes.map((time) => time.toISOString()),
      recentRuns: [...d.info.recentActions].reverse().map((a) => ({
        scheduledAt: a.scheduledAt.toISOString(), startedAt: a.takenAt.toISOString(), workflowId: a.action.workflow.workflowId,
      })),
      runsTaken: d.info.numActionsTaken,
    };
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) return null;
    throw error;
  }
}

/** Pause and resume keep a note saying who did it and why (shown with the state). */
export const pauseSummarySchedule = (client: Client, t: Pick<SummaryScheduleTarget, 'tenantId' | 'routeId'>, note: string) => handleOf(client, t).pause(note);
export const resumeSummarySchedule = (client: Client, t: Pick<SummaryScheduleTarget, 'tenantId' | 'routeId'>, note: string) => handleOf(client, t).unpause(note);

/** "Run now": one extra run summarising from the last tick until now, even while paused; ticks are unchanged. */
export const runSummaryScheduleNow = (client: Client, t: Pick<SummaryScheduleTarget, 'tenantId' | 'routeId'>) =>
  handleOf(client, t).trigger(ScheduleOverlapPolicy.ALLOW_ALL);
