import type { Context } from '@temporalio/activity';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import type { Logger } from 'pino';
import type { AttemptInput, AttemptResult, DeliverInput, DeliverResult, PlanRouteInput, RoutePlan } from '../route-plan.types.js';
import type { ChannelTypeCache } from './channel-type.cache.js';
import type { DeliveryMetricStatus, WorkerMetrics } from './worker.metrics.js';

export interface DeliveryObserverDeps {
  metrics: WorkerMetrics;
  channelTypes: ChannelTypeCache;
  /** Gets one JSON line per send attempt with the tenant, event, delivery and workflow ids as fields. */
  logger?: Logger;
}

/** What one send activity call did, as the metrics and the log line see it; `undefined`: nothing to count. */
interface Observed {
  status: DeliveryMetricStatus;
  attempt: number;
  deliveryId?: string;
  statusCode?: number;
}

/**
 * Watches the send activities from outside (a Temporal activity interceptor), so the send path and its
 * store stay as they are: counts attempts, retries, held sends and latency, and logs each attempt.
 * `attemptDelivery` is the durable send loop's activity; `deliver` serves workflows started before it.
 */
export function deliveryObserver(deps: DeliveryObserverDeps): ActivityInterceptorsFactory {
  return (ctx: Context) => ({
    inbound: {
      async execute(input, next) {
        const type = ctx.info.activityType;
        if (type === 'planAndAttempt') return observeFirstAttempts(deps, ctx, input.args[0] as PlanRouteInput, () => next(input));
        if (type !== 'deliver' && type !== 'attemptDelivery') return next(input);
        const args = input.args[0] as DeliverInput | AttemptInput;
        const t0 = performance.now();
        let observed: Observed | undefined;
        let error: unknown;
        try {
          const result: unknown = await next(input);
          observed = type === 'deliver' ? observeDeliver(args as DeliverInput, ctx, result as DeliverResult) : observeAttempt(result as AttemptResult, (args as AttemptInput).attempt);
          return result;
        } catch (err) {
          error = err;
          // attemptDelivery throws only when its own infrastructure fails: no attempt was made, nothing to count.
          if (type === 'deliver') {
            const d = args as DeliverInput;
            const attempt = (d.attemptOffset ?? 0) + ctx.info.attempt;
            observed = { status: statusOfFailure(err, attempt, d.maximumAttempts), attempt };
          }
          throw err;
        } finally {
          if (observed) await record(deps, ctx, args, observed, (performance.now() - t0) / 1000, error);
        }
      },
    },
  });
}

/** planAndAttempt's first attempts, counted and logged as if each had been its own attemptDelivery call (the latency includes the plan's few ms). */
async function observeFirstAttempts(deps: DeliveryObserverDeps, ctx: Context, input: PlanRouteInput, next: () => Promise<unknown>) {
  const t0 = performance.now();
  const plan = (await next()) as RoutePlan;
  const seconds = (performance.now() - t0) / 1000;
  const sends = plan.walked?.sends ?? [];
  await Promise.all(
    (plan.firstAttempts ?? []).map((result, i) => {
      const observed = result && observeAttempt(result, 1);
      const send = sends[i]!;
      const args = { tenantId: input.tenantId, eventId: input.event.id, routeId: plan.routeId, nodeId: send.nodeId, channelId: send.channelId };
      return observed ? record(deps, ctx, args, observed, seconds, undefined) : undefined;
    }),
  );
  return plan;
}

function observeDeliver(args: DeliverInput, ctx: Context, result: DeliverResult): Observed {
  return {
    status: result.alreadyDelivered ? 'already_delivered' : 'delivered',
    attempt: (args.attemptOffset ?? 0) + ctx.info.attempt,
    deliveryId: result.deliveryId,
    ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
  };
}

/** A paced call sent nothing (it only learned its slot): not an attempt. */
function observeAttempt(result: AttemptResult, attempt: number): Observed | undefined {
  switch (result.kind) {
    case 'delivered': return { status: 'delivered', attempt: result.attempt, deliveryId: result.deliveryId };
    case 'retry': return { status: 'retrying', attempt: result.attempt, deliveryId: result.deliveryId };
    case 'failed': return { status: 'failed', attempt, deliveryId: result.deliveryId };
    case 'held': return { status: 'held', attempt, deliveryId: result.deliveryId };
    case 'paced': return undefined;
  }
}

type AttemptIds = Pick<AttemptInput, 'tenantId' | 'eventId' | 'routeId' | 'nodeId' | 'channelId'>;

async function record(deps: DeliveryObserverDeps, ctx: Context, args: AttemptIds, o: Observed, seconds: number, error: unknown) {
  const channelType = await deps.channelTypes.typeOf(args.tenantId, args.channelId);
  deps.metrics.deliveries.inc({ channel_type: channelType, status: o.status });
  deps.metrics.latency.observe({ channel_type: channelType, status: o.status }, seconds);
  if (o.attempt > 1) deps.metrics.retries.inc({ channel_type: channelType });
  if (o.status === 'held') deps.metrics.held.inc({ channel_type: channelType });
  deps.logger?.[o.status === 'failed' ? 'warn' : 'info'](
    {
      tenantId: args.tenantId, eventId: args.eventId, deliveryId: o.deliveryId, workflowId: ctx.info.workflowExecution?.workflowId,
      routeId: args.routeId, nodeId: args.nodeId, channelId: args.channelId, channelType, status: o.status, attempt: o.attempt,
      latencyMs: Math.round(seconds * 1000), statusCode: o.statusCode,
      ...(error instanceof Error ? { error: error.message } : {}),
    },
    `delivery ${o.status}`,
  );
}

/** deliver throws ApplicationFailures typed by send.errors.ts; a paused channel is a permanent stop, reported as held. */
function statusOfFailure(err: unknown, attempt: number, maximumAttempts: number): DeliveryMetricStatus {
  const failure = err as { nonRetryable?: boolean; message?: string };
  if (/channel ".*" is paused/.test(failure.message ?? '')) return 'held';
  if (failure.nonRetryable) return 'failed';
  return attempt >= maximumAttempts ? 'failed' : 'retrying';
}
