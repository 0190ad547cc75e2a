export { DEFAULT_TASK_QUEUE } from '@signalbox/route-model';
export { createActivities, DEFAULT_DELIVERY_RETRY, type Activities, type ActivityDeps, type PluginLookup } from './activities/index.js';
export { deliveryIdempotencyKey } from './activities/idempotency.key.js';
export { createSignalboxWorker, type SignalboxWorkerOptions } from './worker.js';
export type * from './route-plan.types.js';
export {
  CANCEL_DELIVERY_SIGNAL, CHANNEL_RESUMED_SIGNAL, cancelDeliveryRetry, heldCount, releaseHeldDeliveries,
  type CancelOutcome, type SignalClient,
} from './control/send.control.js';
export {
  deleteSummarySchedule, describeSummarySchedule, pauseSummarySchedule, resumeSummarySchedule, runSummaryScheduleNow, upsertSummarySchedule,
  type SummaryScheduleState, type SummaryScheduleTarget,
} from './control/summary-schedule.control.js';
