import { ApplicationFailure, proxyLocalActivities } from '@temporalio/workflow';
import type { RouteEventInput } from '@signalbox/route-model';
// The deep import keeps zod, Handlebars and Node APIs out of the workflow bundle: the walk is types-only.
import { interpretRoute } from '@signalbox/route-model/interpret';
import type { Activities } from '../activities/index.js';
import type { RouteSummary } from '../route-plan.types.js';
import { withAlertState } from './alert.state.js';
import { currentGeneration, recordedGeneration, type Generation } from './generation.js';
import { failureText, sendArgsOf } from './send.deliver.js';
import { sendDurably } from './send.loop.js';
import { deliverUnlessSilenced } from './send.silence.js';
import { listenForSendSignals, type SendControl } from './send.signals.js';

/** Patch id of routeEvent handing events to group nodes (temporal/README.md, "Changing workflow code"). */
export const GROUP_NODE_PATCH = 'group-node';

// Local activities run inside the workflow task: no task-queue round trip for the pure and bookkeeping
// steps. No attempt limit: a database outage should delay routing, not drop the event; genuinely
// broken input (a missing route version) fails non-retryably from the activity itself.
const local = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '30s' },
});
// Planning plus first delivery attempts: as long as a send's own first try (send.loop.ts), same unlimited retry,
// which only infrastructure failures use (an attempt's own failure comes back as its result).
const planAndTry = proxyLocalActivities<Activities>({
  startToCloseTimeout: '60s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '30s' },
});

/**
 * One accepted event: every matched route version runs in parallel. Per route: plan (pure work, one
 * local activity) → walk from the trigger (throttles checked as local activities) → record what was
 * decided, so the event shows progress → deliver each send (see send.deliver.ts) → failures recorded.
 * The API starts this type (ROUTE_EVENT_WORKFLOW); see generation.ts for how it differs from routeEvent.
 */
export async function routeEventV2(received: RouteEventInput): Promise<RouteSummary[]> {
  return routeWith(received, currentGeneration);
}

/** The same routing for workflows started as `routeEvent`, each feature as their history recorded it. */
export async function routeEvent(received: RouteEventInput): Promise<RouteSummary[]> {
  return routeWith(received, recordedGeneration);
}

async function routeWith(received: RouteEventInput, generation: Generation): Promise<RouteSummary[]> {
  const control = listenForSendSignals();
  // Alert state first: every route of this event renders with the same `alert`.
  const input = await withAlertState(received, generation);
  const settled = await Promise.allSettled(input.routeVersionIds.map((id) => runRoute(input, id, control, generation)));
  const summaries = settled.map((s, i) =>
    s.status === 'fulfilled' ? s.value : { routeVersionId: input.routeVersionIds[i]!, sent: 0, failed: 0, error: failureText(s.reason) },
  );
  // One broken route must not stop the others; but the workflow still fails so the problem is visible.
  const broken = summaries.filter((s) => s.error);
  if (broken.length > 0) {
    throw ApplicationFailure.nonRetryable(broken.map((s) => `route version ${s.routeVersionId}: ${s.error}`).join('; '), 'RouteFailed', summaries);
  }
  return summaries;
}

async function runRoute(input: RouteEventInput, routeVersionId: string, control: SendControl, generation: Generation): Promise<RouteSummary> {
  const { tenantId, event } = input;
  // A resume signal that lands while planAndAttempt holds a send must still wake it (send.loop.ts).
  const resumesBefore = generation.firstAttemptInPlan ? new Map(control.resumes) : undefined;
  const plan = generation.firstAttemptInPlan
    ? await planAndTry.planAndAttempt({ tenantId, event, routeVersionId })
    : await local.planRoute({ tenantId, event, routeVersionId });
  // Without throttles the plan comes back already walked and recorded (see planRoute).
  let walked = plan.walked;
  if (!walked) {
    walked = await interpretRoute(plan, {
      throttle: (nodeId, node) =>
        local.checkThrottle({
          tenantId, eventId: event.id, routeId: plan.routeId, nodeId,
          mode: node.mode, key: node.key, limit: node.limit, windowSeconds: node.windowSeconds, receivedAt: input.receivedAt,
        }),
      // Group nodes are new: no recorded history reaches one, but the patch marks workflows that did.
      group: async (nodeId, node) => {
        if (!generation.has(GROUP_NODE_PATCH)) return { reason: 'unreachable: no history before group nodes has one' };
        return local.joinGroup({ tenantId, routeId: plan.routeId, routeVersionId, nodeId, key: node.key, timing: node.timing, event });
      },
    });
    await local.recordOutcomes({ tenantId, eventId: event.id, routeVersionId, outcomes: walked.outcomes });
  }
  const results = await Promise.all(walked.sends.map((send, i) => {
    const first = plan.firstAttempts?.[i];
    if (first === undefined) return deliverUnlessSilenced(input, plan, send, control, generation);
    // planAndAttempt made the first attempt (a walked plan that nothing could silence): go on from its result.
    return sendDurably(control, sendArgsOf(input, plan, send), { result: first, resumesBefore: resumesBefore?.get(send.channelId) ?? 0 });
  }));
  const sent = results.filter((r) => r === true).length;
  const failed = results.filter((r) => r === false).length + walked.outcomes.filter((o) => o.nodeType === 'send' && o.outcome === 'failed').length;
  const suppressed = results.filter((r) => r === 'suppressed').length;
  return { routeVersionId, sent, failed, ...(suppressed > 0 ? { suppressed } : {}) };
}
