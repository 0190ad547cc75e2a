import { ApplicationFailure, patched, proxyLocalActivities } from '@temporalio/workflow';
import type { RouteEventInput } from '@signalbox/route-model';
// The deep import keeps zod, Handlebars and Node APIs out of the workflow bundle: the walk is types-only.
import { interpretRoute } from '@signalbox/route-model/interpret';
import type { Activities } from '../activities/index.js';
import type { RouteSummary } from '../route-plan.types.js';
import { withAlertState } from './alert.state.js';
import { failureText } from './send.deliver.js';
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

/**
 * One accepted event: every matched route version runs in parallel. Per route: plan (pure work, one
 * local activity) → walk from the trigger (throttles checked as local activities) → record what was
 * decided, so the event shows progress → deliver each send (see send.deliver.ts) → failures recorded.
 */
export async function routeEvent(received: RouteEventInput): Promise<RouteSummary[]> {
  const control = listenForSendSignals();
  // Alert state first: every route of this event renders with the same `alert`.
  const input = await withAlertState(received);
  const settled = await Promise.allSettled(input.routeVersionIds.map((id) => runRoute(input, id, control)));
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

async function runRoute(input: RouteEventInput, routeVersionId: string, control: SendControl): Promise<RouteSummary> {
  const { tenantId, event } = input;
  const plan = await local.planRoute({ tenantId, event, routeVersionId });
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
        if (!patched(GROUP_NODE_PATCH)) return { reason: 'unreachable: no history before group nodes has one' };
        return local.joinGroup({ tenantId, routeId: plan.routeId, routeVersionId, nodeId, key: node.key, timing: node.timing, event });
      },
    });
    await local.recordOutcomes({ tenantId, eventId: event.id, routeVersionId, outcomes: walked.outcomes });
  }
  const results = await Promise.all(walked.sends.map((send) => deliverUnlessSilenced(input, plan, send, control)));
  const sent = results.filter((r) => r === true).length;
  const failed = results.filter((r) => r === false).length + walked.outcomes.filter((o) => o.nodeType === 'send' && o.outcome === 'failed').length;
  const suppressed = results.filter((r) => r === 'suppressed').length;
  return { routeVersionId, sent, failed, ...(suppressed > 0 ? { suppressed } : {}) };
}
