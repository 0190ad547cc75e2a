// Retention: started by the `signalbox-retention` Temporal Schedule. Workflow code: deterministic, activities as types only.
import { continueAsNew, proxyActivities } from '@temporalio/workflow';
import type { RetentionActivities } from '../retention/retention.activity.js';

export interface PurgeExpiredInput {
  retentionDays: number;
  batchSize: number;
  /** Fixed by the first run so a continued run deletes against the same cutoff. */
  cutoff?: string;
}

export interface PurgeExpiredResult {
  events: number;
  deliveries: number;
  /** Absent in results of runs recorded before alerts were purged. */
  alerts?: number;
  batches: number;
}

const { purgeExpiredBatch } = proxyActivities<RetentionActivities>({
  startToCloseTimeout: '5m',
  retry: { initialInterval: '5s', maximumInterval: '5m' },
});

/** Past this many batches in one run, continue as new: keeps the workflow history small on a huge first purge. */
const BATCHES_PER_RUN = 200;

/**
 * Deletes events, deliveries and resolved alerts older than `retentionDays`, one batch at a time, until a batch finds
 * nothing. Replay-safe without a patch: a recorded batch result has no `alerts`, which counts as zero, so recorded
 * histories make the same decisions.
 */
export async function purgeExpired(input: PurgeExpiredInput): Promise<PurgeExpiredResult> {
  // Date.now() is deterministic in workflow code (the workflow task's time).
  const cutoff = input.cutoff ?? new Date(Date.now() - input.retentionDays * 86_400_000).toISOString();
  const total: PurgeExpiredResult = { events: 0, deliveries: 0, alerts: 0, batches: 0 };
  for (;;) {
    const deleted = await purgeExpiredBatch({ cutoff, batchSize: input.batchSize });
    total.batches += 1;
    total.events += deleted.events;
    total.deliveries += deleted.deliveries;
    const alerts = deleted.alerts ?? 0;
    total.alerts! += alerts;
    if (deleted.events === 0 && deleted.deliveries === 0 && alerts === 0) return total;
    if (total.batches >= BATCHES_PER_RUN) return continueAsNew<typeof purgeExpired>({ ...input, cutoff });
  }
}
