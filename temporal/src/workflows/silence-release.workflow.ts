// One per silence: waits until it ends, then releases what it held back. Workflow code: deterministic,
// activities as types only.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { condition, defineSignal, ParentClosePolicy, proxyActivities, setHandler, startChild } from '@temporalio/workflow';
import { SILENCE_CHANGED_SIGNAL, type SilenceReleaseResult } from '@signalbox/route-model/core';
import type { Activities } from '../activities/index.js';
import type { SilenceRef } from '../activities/silence.release.activity.js';
import { resendDelivery } from './resend-delivery.workflow.js';

/** Sent by the API whenever the silence changes (created, extended, expired): its end is read again. */
export const silenceChangedSignal = defineSignal(SILENCE_CHANGED_SIGNAL);

const { silenceEndsAt, silencedToRelease } = proxyActivities<Activities>({
  startToCloseTimeout: '1m',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
});

/**
 * Sleeps until the silence's end as stored (a signal wakes it to read a new end), then starts one resend per
 * suppressed send of a still-open alert (Alertmanager notifies a still-firing alert when its silence ends).
 * Each resend is its own workflow with a fixed id, so a retried release never sends twice.
 */
export async function silenceRelease(input: SilenceRef): Promise<SilenceReleaseResult> {
  let changed = false;
  setHandler(silenceChangedSignal, () => {
    changed = true;
  });
  for (;;) {
    const endsAt = await silenceEndsAt(input);
    if (endsAt === null) return { released: 0 }; // the silence is gone (its tenant deleted): nothing to release
    const wait = Date.parse(endsAt) - Date.now();
    if (wait <= 0) break;
    changed = false;
    await condition(() => changed, wait);
  }
  const sends = await silencedToRelease(input);
  for (const { deliveryId, ...resend } of sends) {
    try {
      await startChild(resendDelivery, {
        workflowId: `release:${input.tenantId}:${deliveryId}`,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [{ tenantId: input.tenantId, ...resend }],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
  return { released: sends.length };
}
