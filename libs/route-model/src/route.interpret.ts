// The one walk of a route, shared by the worker (inside workflow code) and the API's dry run. Pure and
// deterministic: it reads a plan (route.plan.ts) and asks its ports for anything stateful. It imports
// types only, so the workflow bundle gets no Node API, Handlebars or zod through it (the worker imports
// it as `@signalbox/route-model/interpret`).
import type { GroupDecision, OutcomeEntry, PendingSend, PlanNodeOf, RoutePlanGraph, ThrottleDecision, WalkResult } from './route.plan.types.js';

/**
 * Ports: the stateful or effectful steps, one method per node type that needs the world. The worker
 * plugs in durable implementations (a local activity counting in Postgres), the dry run ones that
 * describe and do not count. Sends are not a port call: the walk returns them as `sends` and the caller
 * performs them (worker: durable delivery after the outcomes are recorded; dry run: payload preview).
 *
 * A stateful node type plugs in without another walk: (1) a PlanNode variant carrying its pure part
 * (the group node: its rendered key and timing), computed by planRoute; (2) one method here returning a
 * decision; (3) one case in `visit` below turning the decision into an outcome and choosing the next edges. Every side then has to
 * implement the port (the type makes it required), so the dry run can never silently skip a step.
 * Keep the awaits as they are: in the worker each port call schedules a Temporal command, and the
 * order of those commands is what recorded histories replay against.
 */
export interface RoutePorts {
  throttle(nodeId: string, node: PlanNodeOf<'throttle'>): Promise<ThrottleDecision>;
  /**
   * Hands the event to the group node's aggregation group (worker: signal-with-start of the group's entity
   * workflow; dry run: describes it). The branch ends at the group: the group's own notifications render
   * and send what follows it.
   */
  group(nodeId: string, node: PlanNodeOf<'group'>): Promise<GroupDecision>;
}

export const NOT_REACHED = 'not reached: an earlier step stopped this branch or took the other branch';
export const TRIGGER_MATCHED = 'event matched the trigger';
export const IN_GROUP = "runs in the group's notifications (after group_wait, group_interval or repeat_interval), not per event";
export const SILENCED_BEFORE_GROUP = 'not reached: a silence kept the event out of its group';

/**
 * Filter passed → default edges; failed (or threw) → `else` edges only. Throttle blocked → the branch
 * stops. A failed template stops its branch. A send takes its message from the nearest template on its
 * path, else the default message. Children run concurrently; a node reachable along two paths runs once
 * (the first path to get there wins). A group node ends its branch (`grouped`, or `failed` when its key
 * did not render, or `silenced` when a silence kept the event out); the nodes after a group the event joined
 * are `grouped`. Nodes never reached are `skipped`.
 */
export async function interpretRoute(plan: RoutePlanGraph, ports: RoutePorts): Promise<WalkResult> {
  const outcomes: OutcomeEntry[] = [];
  const sends: PendingSend[] = [];
  const visited = new Set<string>();
  const afterGroups = new Set<string>();
  const afterSilencedGroups = new Set<string>();
  const children = (id: string, isElse: boolean) => plan.edges.filter((e) => e.source === id && e.isElse === isElse).map((e) => e.target);

  async function visit(id: string, template: string | undefined): Promise<void> {
    const node = plan.nodes[id];
    if (!node || visited.has(id)) return;
    visited.add(id);
    let next: string[] = [];
    switch (node.type) {
      case 'trigger':
        outcomes.push({ nodeId: id, nodeType: 'trigger', outcome: 'passed', reason: TRIGGER_MATCHED });
        next = children(id, false);
        break;
      case 'filter':
        outcomes.push({ nodeId: id, nodeType: 'filter', outcome: node.passed ? 'passed' : 'filtered', reason: node.reason });
        next = children(id, !node.passed);
        break;
      case 'template':
        if (node.error) {
          outcomes.push({ nodeId: id, nodeType: 'template', outcome: 'failed', reason: node.error });
          return;
        }
        outcomes.push({ nodeId: id, nodeType: 'template', outcome: 'rendered' });
        template = id;
        next = children(id, false);
        break;
      case 'throttle': {
        if (node.error) {
          outcomes.push({ nodeId: id, nodeType: 'throttle', outcome: 'failed', reason: node.error });
          return;
        }
        const decision = await ports.throttle(id, node);
        outcomes.push({ nodeId: id, nodeType: 'throttle', outcome: decision.allowed ? 'passed' : 'throttled', reason: decision.reason, detail: { key: node.key } });
        if (!decision.allowed) return;
        next = children(id, false);
        break;
      }
      case 'group': {
        const decision = node.error ? undefined : await ports.group(id, node);
        const outcome = !decision ? 'failed' : decision.silenceId ? 'silenced' : 'grouped';
        const detail = { key: node.key, ...(decision?.silenceId ? { silenceId: decision.silenceId } : {}) };
        outcomes.push({ nodeId: id, nodeType: 'group', outcome, reason: node.error ?? decision?.reason, detail });
        for (const after of downstreamOf(plan, id)) (outcome === 'silenced' ? afterSilencedGroups : afterGroups).add(after);
        return;
      }
      case 'send': {
        const source = template ? plan.nodes[template] : undefined;
        const message = source?.type === 'template' ? source.messages[node.escape] : plan.defaultMessages?.[node.escape];
        if (node.skip) {
          outcomes.push({ nodeId: id, nodeType: 'send', outcome: 'skipped', reason: node.skip, detail: { channelId: node.channelId } });
          break;
        }
        const error = node.error ?? (message ? undefined : 'no message was rendered for this send');
        // The channel id lets the worker write the failed delivery row the deliveries log shows.
        if (error || !message) outcomes.push({ nodeId: id, nodeType: 'send', outcome: 'failed', reason: error, detail: { channelId: node.channelId } });
        else sends.push({ nodeId: id, channelId: node.channelId, message });
        next = children(id, false);
        break;
      }
    }
    await Promise.all(next.map((child) => visit(child, template)));
  }

  await visit(plan.triggerId, undefined);
  for (const [id, node] of Object.entries(plan.nodes)) {
    if (visited.has(id)) continue;
    // Nodes after a group run in the group's notifications, not for this event.
    if (afterGroups.has(id)) outcomes.push({ nodeId: id, nodeType: node.type, outcome: 'grouped', reason: IN_GROUP });
    else if (afterSilencedGroups.has(id)) outcomes.push({ nodeId: id, nodeType: node.type, outcome: 'skipped', reason: SILENCED_BEFORE_GROUP });
    else outcomes.push({ nodeId: id, nodeType: node.type, outcome: 'skipped', reason: NOT_REACHED });
  }
  return { outcomes, sends };
}

/** Every node reachable from `id` (itself excluded). */
function downstreamOf(plan: RoutePlanGraph, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    for (const e of plan.edges) {
      if (e.source !== at || seen.has(e.target)) continue;
      seen.add(e.target);
      stack.push(e.target);
    }
  }
  return seen;
}
