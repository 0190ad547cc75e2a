// A send driven by the workflow: durable timers for retries, holds and pacing. Workflow code:
// deterministic, activities as types only.
import { condition, proxyActivities, proxyLocalActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { AttemptInput, AttemptResult } from '../route-plan.types.js';
import type { SendControl } from './send.signals.js';

/** The patch id guarding this loop (see temporal/README.md, "Changing workflow code"). */
export const DURABLE_SEND_PATCH = 'durable-send-loop';
export const DEFAULT_HOLD_MS = 24 * 3_600_000;
/**
 * A held send re-reads its channel at least this often even without a resume signal: the signal goes only
 * to sends already marked `held`, and one marking itself at the very moment of the resume could miss it.
 */
const HOLD_RECHECK_MS = 3_600_000;
/** Wake this much before a pacing slot; the activity waits out the rest precisely (PACE_INLINE_MS). */
const PACE_LEAD_MS = 500;

// First attempt: a local activity, so the common case (sent first time) completes in one workflow task.
const firstTry = proxyLocalActivities<Activities>({ startToCloseTimeout: '60s', retry: { maximumAttempts: 1 } });
// Later calls: normal activities. Retried WITHOUT limit by Temporal, because they only throw when the
// worker's own dependencies fail (Postgres down, worker killed); a delivery attempt is never used up by that.
const attempts = proxyActivities<Activities>({
  startToCloseTimeout: '60s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
});
const bookkeeping = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '30s' },
});

export type SendArgs = Omit<AttemptInput, 'attempt' | 'slotAt'>;

/** The first attempt, already made by planAndAttempt, and the channel's resume count from before it was made. */
export interface MadeAttempt {
  /** `null`: its infrastructure failed before sending, so the same attempt is made again as a normal activity. */
  result: AttemptResult | null;
  resumesBefore: number;
}

export async function sendDurably(control: SendControl, args: SendArgs, made?: MadeAttempt): Promise<boolean> {
  const fail = async (error: string) => {
    await bookkeeping.recordDeliveryFailure({ tenantId: args.tenantId, eventId: args.eventId, routeVersionId: args.routeVersionId, nodeId: args.nodeId, error, outcome: 'failed' });
    return false;
  };
  let attempt = 1;
  let slotAt: number | undefined;
  let heldSince: number | undefined;
  let first = true;
  for (;;) {
    const resumesBefore = first && made ? made.resumesBefore : (control.resumes.get(args.channelId) ?? 0);
    const input: AttemptInput = { ...args, attempt, ...(slotAt !== undefined ? { slotAt } : {}) };
    let r: AttemptResult;
    if (first) {
      first = false;
      // A local attempt that THREW (or came back null) hit an infrastructure failure, not the receiver: same attempt
      // again, as a normal activity.
      if (made) r = made.result ?? (await attempts.attemptDelivery(input));
      else r = await firstTry.attemptDelivery(input).catch(() => attempts.attemptDelivery(input));
    } else {
      r = await attempts.attemptDelivery(input);
    }
    slotAt = undefined;
    switch (r.kind) {
      case 'delivered':
        return true;
      case 'failed':
        return false;
      case 'paced':
        slotAt = r.slotAt;
        await sleep(Math.max(0, r.slotAt - Date.now() - PACE_LEAD_MS));
        continue;
      case 'held': {
        heldSince ??= Date.now();
        const deadline = heldSince + args.holdTimeoutMs;
        const woke = () => (control.resumes.get(args.channelId) ?? 0) > resumesBefore || control.cancelled.has(r.deliveryId);
        await condition(woke, Math.max(1, Math.min(deadline - Date.now(), HOLD_RECHECK_MS)));
        const cancelled = control.cancelled.get(r.deliveryId);
        if (cancelled) return fail(cancelled);
        if (!woke() && Date.now() >= deadline) {
          return fail(`channel "${r.channelName}" stayed paused longer than the ${duration(args.holdTimeoutMs)} hold`);
        }
        // Released by a resume: send at the slot the API reserved in event order (no command changes for
        // histories recorded before slots existed: their signals carry none).
        slotAt = control.releaseSlots.get(r.deliveryId);
        control.releaseSlots.delete(r.deliveryId);
        continue; // resumed (or time to re-read the channel): the same attempt, unused
      }
      case 'retry': {
        await condition(() => control.cancelled.has(r.deliveryId), Math.max(1, r.delayMs));
        const cancelled = control.cancelled.get(r.deliveryId);
        if (cancelled) return fail(cancelled);
        attempt = r.attempt + 1;
        heldSince = undefined;
        continue;
      }
    }
  }
}

const duration = (ms: number) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : `${Math.round(ms / 1000)} s`);
