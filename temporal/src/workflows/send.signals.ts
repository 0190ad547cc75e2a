// Signals the API sends to a workflow that owns held or retrying deliveries. Workflow code.
import { defineSignal, setHandler } from '@temporalio/workflow';

/** `POST /v1/channels/:id/resume` → every workflow holding a delivery for that channel, in event order. */
export const channelResumedSignal = defineSignal<[{ channelId: string; slots?: Record<string, number> }]>('channelResumed');
/** `POST /v1/deliveries/:id/cancel` → the workflow waiting to retry (or holding) that delivery. */
export const cancelDeliverySignal = defineSignal<[{ deliveryId: string; reason?: string }]>('cancelDelivery');

export interface SendControl {
  /** Resume signals seen per channel: a send notes the count BEFORE it tries, so a resume that lands while its attempt runs is not missed. */
  resumes: Map<string, number>;
  /** Pacing slots the API reserved, in event order, for held deliveries it released (delivery id → epoch ms). */
  releaseSlots: Map<string, number>;
  /** Cancelled delivery ids → reason. */
  cancelled: Map<string, string>;
}

/** Registered at workflow start; handlers add no commands to history, so old histories replay unchanged. */
export function listenForSendSignals(): SendControl {
  const control: SendControl = { resumes: new Map(), releaseSlots: new Map(), cancelled: new Map() };
  setHandler(channelResumedSignal, ({ channelId, slots }) => {
    for (const [deliveryId, at] of Object.entries(slots ?? {})) control.releaseSlots.set(deliveryId, at);
    control.resumes.set(channelId, (control.resumes.get(channelId) ?? 0) + 1);
  });
  setHandler(cancelDeliverySignal, ({ deliveryId, reason }) => void control.cancelled.set(deliveryId, reason ?? 'retry cancelled by a user'));
  return control;
}
