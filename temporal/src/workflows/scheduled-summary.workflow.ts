// Scheduled summaries: started by a route's `signalbox-summary-…` Temporal Schedule at each tick.
// Workflow code: deterministic, activities as types only.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { ScheduledSummaryInput, ScheduledSummaryResult } from '@signalbox/route-model';
import type { SummaryActivities } from '../summary/summary.activity.js';

const { emitScheduledSummary } = proxyActivities<SummaryActivities>({
  startToCloseTimeout: '2m',
  retry: { initialInterval: '5s', maximumInterval: '5m' },
});

/** Set by Temporal on every run a schedule starts: the tick's time (for a backfill, the past tick; for "run now", the moment asked). */
const SCHEDULED_START_TIME = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/** Summarises the window that ends at this tick and hands it to the route as a `signalbox.summary` event. */
export async function scheduledSummary(input: ScheduledSummaryInput): Promise<ScheduledSummaryResult> {
  const info = workflowInfo();
  const scheduledAt = info.typedSearchAttributes.get(SCHEDULED_START_TIME) ?? info.startTime;
  return emitScheduledSummary({ ...input, scheduledAt: scheduledAt.toISOString() });
}
