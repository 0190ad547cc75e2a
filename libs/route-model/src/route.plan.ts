// The pure half of the route interpreter: evaluates one route graph for one event, with no state and no
// I/O. Filters (fail closed), templates rendered for the escaping of the sends they feed, throttle and
// group keys. What follows a group node is left to the group's notifications (group.flush.ts).
// The worker runs it in its `planRoute` local activity; the dry run runs it in the API. The walk over
// the result is route.interpret.ts.
import type { SignalboxEvent } from './event.schema.js';
import { sendResolvedSkip } from './alert.classify.js';
import { evaluateCondition } from './filter.evaluate.js';
import { FilterBudget } from './filter.budget.js';
import { sendsGovernedBy } from './graph.reach.js';
import { reachableFrom } from './graph.walk.js';
import { defaultMessage } from './message.default.js';
import type { EscapeMode } from './message.js';
import type { ChannelEscape, PlanNode, RoutePlanGraph } from './route.plan.types.js';
import type { RouteGraph } from './route.schema.js';
import { RenderBudget, ROUTE_TEMPLATE_BUDGET } from './template.budget.js';
import { renderMessage, renderTemplate } from './template.render.js';

export interface PlanOptions {
  /** The channel port: a send's channel escaping, or why it cannot be sent to; undefined = no such channel. */
  channel: (channelId: string) => ChannelEscape | undefined;
  /** Escape modes every template renders besides its sends' (the dry run shows templates unescaped: `none`). */
  alsoRender?: EscapeMode[];
  /** Sees a template or throttle key that failed to render before it becomes the node's error (the dry run turns over-budget into a 400). */
  onRenderError?: (nodeId: string, error: unknown) => void;
}

export const channelNotFound = (channelId: string) => `channel ${channelId} not found`;
export const pluginNotInstalled = (pluginId: string) => `channel plugin "${pluginId}" is not installed on this worker`;

/** Channel ids of the graph's send nodes (each once): what the caller looks up before planning. */
export const sendChannelIds = (graph: RouteGraph) => [...new Set(graph.nodes.flatMap((n) => (n.type === 'send' ? [n.config.channelId] : [])))];

export function planRoute(graph: RouteGraph, event: SignalboxEvent, options: PlanOptions): RoutePlanGraph {
  const escapeOf = (channelId: string): EscapeMode => options.channel(channelId)?.escape ?? 'none';
  const modesFor = (startId: string) => new Set(sendsGovernedBy(graph, startId).map((s) => escapeOf(s.config.channelId)));
  const failed = (nodeId: string, error: unknown) => {
    options.onRenderError?.(nodeId, error);
    return errorText(error);
  };
  const nodes: Record<string, PlanNode> = {};
  const afterGroups = nodesAfterGroups(graph);
  let triggerId: string | undefined;
  // One regex budget and one rendering budget for all of this route's filters and templates on this event.
  const filterBudget = new FilterBudget();
  const renderBudget = new RenderBudget(ROUTE_TEMPLATE_BUDGET);
  for (const node of graph.nodes) {
    switch (node.type) {
      case 'trigger':
        triggerId ??= node.id;
        nodes[node.id] = { type: 'trigger' };
        break;
      case 'filter':
        nodes[node.id] = { type: 'filter', ...failClosed(() => evaluateCondition(node.config.condition, event, filterBudget)) };
        break;
      case 'template': {
        // A template after a group renders in the group's notifications, not per event.
        if (afterGroups.has(node.id)) {
          nodes[node.id] = { type: 'template', messages: {} };
          break;
        }
        const modes = new Set([...modesFor(node.id), ...(options.alsoRender ?? [])]);
        try {
          const messages = Object.fromEntries([...modes].map((escape) => [escape, renderMessage(node.config, event, { escape, within: renderBudget })]));
          nodes[node.id] = { type: 'template', messages };
        } catch (err) {
          nodes[node.id] = { type: 'template', messages: {}, error: `template failed to render: ${failed(node.id, err)}` };
        }
        break;
      }
      case 'throttle': {
        const { mode, limit, windowSeconds } = node.config;
        try {
          nodes[node.id] = { type: 'throttle', mode, limit, windowSeconds, key: renderTemplate(node.config.key, event, { escape: 'none', within: renderBudget }) };
        } catch (err) {
          nodes[node.id] = { type: 'throttle', mode, limit, windowSeconds, key: '', error: `throttle key failed to render: ${failed(node.id, err)}` };
        }
        break;
      }
      case 'group': {
        const { groupBy, ...timing } = node.config;
        try {
          nodes[node.id] = { type: 'group', timing, key: renderTemplate(groupBy, event, { escape: 'none', within: renderBudget }) };
        } catch (err) {
          nodes[node.id] = { type: 'group', timing, key: '', error: `group key failed to render: ${failed(node.id, err)}` };
        }
        break;
      }
      case 'send': {
        const { channelId } = node.config;
        const known = options.channel(channelId);
        const skip = sendResolvedSkip(node.config, event);
        nodes[node.id] = known
          ? { type: 'send', channelId, escape: known.escape, ...(known.error ? { error: known.error } : {}), ...(skip ? { skip } : {}) }
          : { type: 'send', channelId, escape: 'none', error: channelNotFound(channelId) };
        break;
      }
    }
  }
  if (!triggerId) throw new Error('route graph has no trigger node');
  const defaultEscapes = new Set(sendsGovernedBy(graph, triggerId).filter((s) => !afterGroups.has(s.id)).map((s) => escapeOf(s.config.channelId)));
  return {
    triggerId,
    nodes,
    edges: graph.edges.map((e) => ({ source: e.source, target: e.target, isElse: e.sourceHandle === 'else' })),
    ...(defaultEscapes.size > 0
      ? { defaultMessages: Object.fromEntries([...defaultEscapes].map((escape) => [escape, defaultMessage(event, { escape })])) }
      : {}),
  };
}

/** Nodes after a group node (graph validation allows only templates and sends there). */
export function nodesAfterGroups(graph: RouteGraph): Set<string> {
  const after = new Set<string>();
  for (const group of graph.nodes.filter((n) => n.type === 'group')) {
    for (const id of reachableFrom(graph, group.id)) if (id !== group.id) after.add(id);
  }
  return after;
}

/** A filter that throws (bad data, a rule the validator missed) fails closed, with the error as its reason. */
function failClosed(evaluate: () => { passed: boolean; reason: string }): { passed: boolean; reason: string } {
  try {
    const { passed, reason } = evaluate();
    return { passed, reason };
  } catch (err) {
    return { passed: false, reason: `filter error: ${errorText(err)}` };
  }
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
