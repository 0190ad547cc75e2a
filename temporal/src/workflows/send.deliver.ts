// One send node, settled. Workflow code: deterministic, activities as types only.
import { ActivityFailure, ApplicationFailure, proxyActivities, proxyLocalActivities, sleep } from '@temporalio/workflow';
import type { PendingSend, RouteEventInput } from '@signalbox/route-model';
import type { Activities } from '../activities/index.js';
import type { DeliverInput, RoutePlan } from '../route-plan.types.js';
import type { Generation } from './generation.js';
import { DEFAULT_HOLD_MS, DURABLE_SEND_PATCH, sendDurably, type SendArgs } from './send.loop.js';
import type { SendControl } from './send.signals.js';

const NON_RETRYABLE = ['PermanentError', 'GoneError'];
const bookkeeping = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '30s' },
});

/**
 * The first attempt runs as a LOCAL activity: most sends succeed first time, and then the whole event
 * completes in a single workflow task (measured: a normal activity costs a second workflow task plus an
 * activity task, about halving throughput). Only a send that needs retrying becomes a normal activity
 * with the exponential retry policy; the pause before it honours Retry-After from the first attempt.
 */
export async function deliverSend(input: RouteEventInput, plan: RoutePlan, send: PendingSend, control: SendControl, generation: Generation): Promise<boolean> {
  const ids = { tenantId: input.tenantId, eventId: input.event.id, routeVersionId: plan.routeVersionId, nodeId: send.nodeId };
  // Workflows that reached their sends before the durable loop existed replay the old path below.
  if (generation.has(DURABLE_SEND_PATCH)) return sendDurably(control, sendArgsOf(input, plan, send));
  const retry = plan.deliveryRetry;
  const args: DeliverInput = { ...ids, routeId: plan.routeId, channelId: send.channelId, message: send.message, maximumAttempts: retry.maximumAttempts };
  const first = proxyLocalActivities<Activities>({ startToCloseTimeout: retry.attemptTimeoutMs, retry: { maximumAttempts: 1 } });
  try {
    await first.deliver(args);
    return true;
  } catch (err) {
    if (isSettled(err) || retry.maximumAttempts <= 1) return settle(ids, err);
    await sleep(retryAfterMs(err) ?? retry.initialIntervalMs);
  }
  // Attempts 2..max; intervals continue the schedule the first attempt started.
  const rest = proxyActivities<Activities>({
    startToCloseTimeout: retry.attemptTimeoutMs,
    retry: {
      initialInterval: Math.min(retry.initialIntervalMs * retry.backoffCoefficient, retry.maximumIntervalMs),
      backoffCoefficient: retry.backoffCoefficient,
      maximumInterval: retry.maximumIntervalMs,
      maximumAttempts: retry.maximumAttempts - 1,
      nonRetryableErrorTypes: NON_RETRYABLE,
    },
  });
  try {
    await rest.deliver({ ...args, attemptOffset: 1 });
    return true;
  } catch (err) {
    return settle(ids, err);
  }
}

/** What the durable send loop needs to know about one send of a planned route. */
export function sendArgsOf(input: RouteEventInput, plan: RoutePlan, send: PendingSend): SendArgs {
  return {
    tenantId: input.tenantId, eventId: input.event.id, routeId: plan.routeId, routeVersionId: plan.routeVersionId, nodeId: send.nodeId,
    channelId: send.channelId, message: send.message, holdTimeoutMs: plan.holdTimeoutMs ?? DEFAULT_HOLD_MS,
  };
}

/** A normal activity's failure arrives wrapped in ActivityFailure; a local activity's arrives as is. */
const causeOf = (err: unknown): unknown => (err instanceof ActivityFailure ? err.cause : err);

/** A non-retryable failure was recorded by the activity itself. */
function isSettled(err: unknown): boolean {
  const cause = causeOf(err);
  return cause instanceof ApplicationFailure && (cause.nonRetryable || NON_RETRYABLE.includes(cause.type ?? ''));
}

/** Anything else (retries exhausted, a timed-out attempt that never wrote its result) is settled here. */
export async function settle(ids: { tenantId: string; eventId: string; routeVersionId: string; nodeId: string }, err: unknown): Promise<false> {
  if (!isSettled(err)) await bookkeeping.recordDeliveryFailure({ ...ids, error: failureText(err), outcome: 'failed' });
  return false;
}

function retryAfterMs(err: unknown): number | undefined {
  const cause = causeOf(err);
  const detail = cause instanceof ApplicationFailure ? (cause.details?.[0] as { retryAfterMs?: unknown } | undefined) : undefined;
  return typeof detail?.retryAfterMs === 'number' ? detail.retryAfterMs : undefined;
}

export function failureText(err: unknown): string {
  const cause = causeOf(err);
  return cause instanceof Error ? cause.message : String(cause);
}
