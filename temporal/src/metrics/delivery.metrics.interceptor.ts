import type { Context } from '@temporalio/activity';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import type { Logger } from 'pino';
import type { DeliverInput, DeliverResult } from '../route-plan.types.js';
import type { ChannelTypeCache } from './channel-type.cache.js';
import type { DeliveryMetricStatus, WorkerMetrics } from './worker.metrics.js';

export interface DeliveryObserverDeps {
  metrics: WorkerMetrics;
  channelTypes: ChannelTypeCache;
  /** Gets one JSON line per send attempt with the tenant, event, delivery and workflow ids as fields. */
  logger?: Logger;
}

/**
 * Watches the `deliver` activity from outside (a Temporal activity interceptor), so the send path and
 * its store stay as they are: counts attempts, retries, held sends and latency, and logs each attempt.
 */
export function deliveryObserver(deps: DeliveryObserverDeps): ActivityInterceptorsFactory {
  return (ctx: Context) => ({
    inbound: {
      async execute(input, next) {
        if (ctx.info.activityType !== 'deliver') return next(input);
        const args = input.args[0] as DeliverInput;
        const attempt = (args.attemptOffset ?? 0) + ctx.info.attempt;
        const t0 = performance.now();
        let status: DeliveryMetricStatus = 'failed';
        let result: DeliverResult | undefined;
        let error: unknown;
        try {
          result = (await next(input)) as DeliverResult;
          status = result.alreadyDelivered ? 'already_delivered' : 'delivered';
          return result;
        } catch (err) {
          error = err;
          status = statusOfFailure(err, attempt, args.maximumAttempts);
          throw err;
        } finally {
          const seconds = (performance.now() - t0) / 1000;
          const channelType = await deps.channelTypes.typeOf(args.tenantId, args.channelId);
          deps.metrics.deliveries.inc({ channel_type: channelType, status });
          deps.metrics.latency.observe({ channel_type: channelType, status }, seconds);
          if (attempt > 1) deps.metrics.retries.inc({ channel_type: channelType });
          if (status === 'held') deps.metrics.held.inc({ channel_type: channelType });
          deps.logger?.[status === 'failed' ? 'warn' : 'info'](
            {
              tenantId: args.tenantId, eventId: args.eventId, deliveryId: result?.deliveryId, workflowId: ctx.info.workflowExecution?.workflowId,
              routeId: args.routeId, nodeId: args.nodeId, channelId: args.channelId, channelType, status, attempt,
              latencyMs: Math.round(seconds * 1000), statusCode: result?.statusCode,
              ...(error instanceof Error ? { error: error.message } : {}),
            },
            `delivery ${status}`,
          );
        }
      },
    },
  });
}

/** deliver throws ApplicationFailures typed by send.errors.ts; a paused channel is a permanent stop, reported as held. */
function statusOfFailure(err: unknown, attempt: number, maximumAttempts: number): DeliveryMetricStatus {
  const failure = err as { nonRetryable?: boolean; message?: string };
  if (/channel ".*" is paused/.test(failure.message ?? '')) return 'held';
  if (failure.nonRetryable) return 'failed';
  return attempt >= maximumAttempts ? 'failed' : 'retrying';
}
