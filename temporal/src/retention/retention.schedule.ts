import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import type { PurgeExpiredInput } from '../workflows/retention.workflow.js';

/** One schedule per task queue: the workers polling that queue run its purges. */
export const retentionScheduleId = (taskQueue: string) => `signalbox-retention-${taskQueue}`;

export interface RetentionScheduleOptions {
  client: Client;
  taskQueue: string;
  retentionDays: number;
  batchSize?: number;
}

/**
 * Creates the hourly retention schedule, or brings an existing one up to date (a changed RETENTION_DAYS
 * or task queue): safe on every worker start, from any number of workers.
 */
export async function ensureRetentionSchedule(options: RetentionScheduleOptions): Promise<void> {
  const { client } = options;
  const args: [PurgeExpiredInput] = [{ retentionDays: options.retentionDays, batchSize: options.batchSize ?? 1_000 }];
  const schedule = {
    scheduleId: retentionScheduleId(options.taskQueue),
    spec: { intervals: [{ every: '1h' }] },
    action: { type: 'startWorkflow', workflowType: 'purgeExpired', workflowId: retentionScheduleId(options.taskQueue), taskQueue: options.taskQueue, args,
      // A run nobody picks up (its workers are gone) must end, or SKIP would skip every later run.
      workflowRunTimeout: '55m' },
    // A purge still running when the next hour comes covers it: skip, never pile up.
    policies: { overlap: ScheduleOverlapPolicy.SKIP },
  } satisfies ScheduleOptions;
  try {
    await client.schedule.create(schedule);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(retentionScheduleId(options.taskQueue)).update((previous) => ({ ...previous, spec: schedule.spec, action: schedule.action }));
  }
}
