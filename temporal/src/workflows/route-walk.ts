// Walks one route plan from its trigger. Deterministic: it only reads the plan (a recorded local
// activity result) and awaits the throttle check it is given.
import type { Message } from '@signalbox/route-model';
import type { OutcomeEntry, PlanNode, RoutePlan, ThrottleDecision } from '../route-plan.types.js';

export interface PendingSend {
  nodeId: string;
  channelId: string;
  message: Message;
}

export interface WalkResult {
  /** Everything decided without sending: filters, templates, throttles, unreachable nodes, unsendable sends. */
  outcomes: OutcomeEntry[];
  sends: PendingSend[];
}

type ThrottleCheck = (nodeId: string, node: Extract<PlanNode, { type: 'throttle' }>) => Promise<ThrottleDecision>;
/** Port for a group node: hands the event to the group's entity workflow and says why (the branch ends here). */
export type GroupJoin = (nodeId: string, node: Extract<PlanNode, { type: 'group' }>) => Promise<{ reason: string }>;

const NOT_REACHED = 'not reached: an earlier step stopped this branch or took the other branch';
const IN_GROUP = "runs in the group's notifications (after group_wait, group_interval or repeat_interval), not per event";

/**
 * Filter passed → default edges; failed → `else` edges only. Throttle blocked → the branch stops.
 * A send takes its message from the nearest template on its path, else the default message.
 * A node reachable along two paths runs once (the first path to get there wins).
 */
export async function walkPlan(plan: RoutePlan, checkThrottle: ThrottleCheck, joinGroup?: GroupJoin): Promise<WalkResult> {
  const outcomes: OutcomeEntry[] = [];
  const sends: PendingSend[] = [];
  const visited = new Set<string>();
  const afterGroups = new Set<string>();
  const children = (id: string, isElse: boolean) => plan.edges.filter((e) => e.source === id && e.isElse === isElse).map((e) => e.target);

  async function visit(id: string, template: string | undefined): Promise<void> {
    const node = plan.nodes[id];
    if (!node || visited.has(id)) return;
    visited.add(id);
    let next: string[] = [];
    switch (node.type) {
      case 'trigger':
        outcomes.push({ nodeId: id, nodeType: 'trigger', outcome: 'passed', reason: 'event matched the trigger' });
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
        const decision = await checkThrottle(id, node);
        outcomes.push({ nodeId: id, nodeType: 'throttle', outcome: decision.allowed ? 'passed' : 'throttled', reason: decision.reason, detail: { key: node.key } });
        if (!decision.allowed) return;
        next = children(id, false);
        break;
      }
      case 'group': {
        // The group's own workflow renders and sends what follows it, once per notification (group.workflow.ts).
        const joined = node.error || !joinGroup ? undefined : await joinGroup(id, node);
        const reason = node.error ?? joined?.reason ?? 'group nodes are not supported here';
        outcomes.push({ nodeId: id, nodeType: 'group', outcome: joined ? 'grouped' : 'failed', reason, detail: { key: node.key } });
        for (const after of downstreamOf(plan, id)) afterGroups.add(after);
        return;
      }
      case 'send': {
        const source = template ? plan.nodes[template] : undefined;
        const message = source?.type === 'template' ? source.messages[node.escape] : plan.defaultMessages?.[node.escape];
        const error = node.error ?? (message ? undefined : 'no message was rendered for this send');
        // The channel id lets recordOutcomes write the failed delivery row the deliveries log shows.
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
    else outcomes.push({ nodeId: id, nodeType: node.type, outcome: 'skipped', reason: NOT_REACHED });
  }
  return { outcomes, sends };
}

/** Every node reachable from `id` (excluded). */
function downstreamOf(plan: RoutePlan, id: string): Set<string> {
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
