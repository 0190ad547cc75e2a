// The workflow bundle's entry point: every workflow type this worker serves.
export { routeEvent, routeEventV2 } from './route-event.workflow.js';
export { resendDelivery, type ResendDeliveryInput } from './resend-delivery.workflow.js';
export { purgeExpired, type PurgeExpiredInput } from './retention.workflow.js';
export { scheduledSummary } from './scheduled-summary.workflow.js';
export { groupNotify } from './group.workflow.js';
export { silenceRelease } from './silence-release.workflow.js';
