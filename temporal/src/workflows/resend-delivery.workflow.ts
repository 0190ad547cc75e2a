// A manual resend from the deliveries log. Workflow code: deterministic, activities as types only.
import { patched, proxyActivities } from '@temporalio/workflow';
import type { Message } from '@signalbox/route-model';
import type { Activities } from '../activities/index.js';
import { settle } from './send.deliver.js';
import { DEFAULT_HOLD_MS, DURABLE_SEND_PATCH, sendDurably } from './send.loop.js';
import { listenForSendSignals } from './send.signals.js';

/** Started by `POST /v1/deliveries/:id/resend` with workflow id `resend:<tenant>:<deliveryId>:<n>`. */
export interface ResendDeliveryInput {
  tenantId: string;
  eventId: string;
  routeId: string;
  routeVersionId: string;
  /** `<original node>#resend-<n>`: a new delivery row (same event and version) that names what it repeats. */
  nodeId: string;
  channelId: string;
  /** The original delivery's stored, already-rendered message: a resend repeats it, it does not re-render. */
  message: Message;
  /** How long to hold on a paused channel (the API may set it; default 24 h). */
  holdTimeoutMs?: number;
}

/** Someone is watching the log: a shorter schedule than a routed send's (1 s × 2 up to 1 min, 5 attempts). */
export const RESEND_MAX_ATTEMPTS = 5;

/**
 * Delivers the stored message once more to the same channel through the same `deliver` activity, so it is
 * recorded with attempts like any delivery. Its idempotency key derives from the resend node id, so the
 * receiver sees a NEW `webhook-id`: a manual resend is a new message, not a retry the receiver should drop.
 */
export async function resendDelivery(input: ResendDeliveryInput): Promise<boolean> {
  const control = listenForSendSignals();
  // Since the durable send loop: held on a paused channel, paced, the channel's retry schedule, cancellable.
  if (patched(DURABLE_SEND_PATCH)) return sendDurably(control, { ...input, holdTimeoutMs: input.holdTimeoutMs ?? DEFAULT_HOLD_MS });
  const { deliver } = proxyActivities<Activities>({
    startToCloseTimeout: '30s',
    retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m', maximumAttempts: RESEND_MAX_ATTEMPTS, nonRetryableErrorTypes: ['PermanentError', 'GoneError'] },
  });
  try {
    await deliver({ ...input, maximumAttempts: RESEND_MAX_ATTEMPTS });
    return true;
  } catch (err) {
    return settle({ tenantId: input.tenantId, eventId: input.eventId, routeVersionId: input.routeVersionId, nodeId: input.nodeId }, err);
  }
}
