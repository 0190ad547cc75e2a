import { log } from '@temporalio/activity';
import type { AttemptInput, AttemptResult, PlanRouteInput, RoutePlan } from '../route-plan.types.js';

export interface PlanAndAttemptDeps {
  planRoute: (input: PlanRouteInput) => Promise<RoutePlan>;
  attemptDelivery: (input: AttemptInput) => Promise<AttemptResult>;
  holdTimeoutMs: number;
}

/**
 * planRoute, then, when the plan is walked and nothing could silence its sends, each send's first delivery
 * attempt, all in one local activity: most events are then one activation for the plan and its sends instead of
 * two (each local activity costs the worker an activation and the server a history event; BENCHMARKS.md).
 * Anything else (throttles, groups, a silence or mute timing that may apply) comes back as a plain plan, and the
 * workflow goes on as after planRoute.
 */
export function createPlanAndAttempt(deps: PlanAndAttemptDeps) {
  return async function planAndAttempt(input: PlanRouteInput): Promise<RoutePlan> {
    const plan = await deps.planRoute(input);
    if (!plan.walked || plan.silencesMayApply !== false || plan.walked.sends.length === 0) return plan;
    const firstAttempts = await Promise.all(
      plan.walked.sends.map((send) =>
        deps
          .attemptDelivery({
            tenantId: input.tenantId, eventId: input.event.id, routeId: plan.routeId, routeVersionId: plan.routeVersionId,
            nodeId: send.nodeId, channelId: send.channelId, message: send.message, attempt: 1, holdTimeoutMs: plan.holdTimeoutMs ?? deps.holdTimeoutMs,
          })
          // An attempt throws only when its own infrastructure fails (Postgres): nothing was counted, so the
          // workflow makes the same attempt again as a normal activity, as it does after a failed local try.
          .catch((error: Error): null => {
            log.warn('first delivery attempt failed before sending; the workflow retries it', { nodeId: send.nodeId, error: error.message });
            return null;
          }),
      ),
    );
    return { ...plan, firstAttempts };
  };
}
