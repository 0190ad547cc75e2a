import {
  defaultMessage, evaluateCondition, reachableFrom, FilterBudget, RenderBudget, renderMessage, renderTemplate, ROUTE_TEMPLATE_BUDGET,
  type EscapeMode, type RouteGraph, type SignalboxEvent,
} from '@signalbox/route-model';
import type { DataSource } from 'typeorm';
import type { DeliveryRetry, PlanNode, PlanRouteInput, RecordOutcomesInput, RoutePlan } from '../route-plan.types.js';
import { walkPlan } from '../workflows/route-walk.js';
import type { GraphCache } from './graph.cache.js';
import { sendsGovernedBy } from './graph.reach.js';
import { findPlugin, type PluginLookup } from './plugin.lookup.js';

export interface PlanRouteDeps {
  dataSource: DataSource;
  recordOutcomes: (input: RecordOutcomesInput) => Promise<void>;
  graphs: GraphCache;
  plugins: PluginLookup;
  deliveryRetry: DeliveryRetry;
  holdTimeoutMs: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * All the pure work for one event on one route version, in one local activity (no task-queue round
 * trip): filters with their reasons, every template rendered for the escaping of the sends it feeds,
 * throttle keys. The workflow only walks the result.
 */
export function createPlanRoute(deps: PlanRouteDeps) {
  return async function planRoute(input: PlanRouteInput): Promise<RoutePlan> {
    const { routeId, graph } = await deps.graphs.get(input.tenantId, input.routeVersionId);
    const escapes = await channelEscapes(deps, input.tenantId, graph);
    const nodes: Record<string, PlanNode> = {};
    let triggerId: string | undefined;
    // One regex budget and one rendering budget for all of this route's filters and templates on this event.
    const afterGroups = nodesAfterGroups(graph);
    const filterBudget = new FilterBudget();
    const renderBudget = new RenderBudget(ROUTE_TEMPLATE_BUDGET);
    for (const node of graph.nodes) {
      switch (node.type) {
        case 'trigger':
          triggerId ??= node.id;
          nodes[node.id] = { type: 'trigger' };
          break;
        case 'filter':
          nodes[node.id] = { type: 'filter', ...guard(() => evaluateCondition(node.config.condition, input.event, filterBudget), 'filter') };
          break;
        case 'template': {
          // A template after a group renders in the group's notifications (renderGroupFlush), not per event.
          if (afterGroups.has(node.id)) {
            nodes[node.id] = { type: 'template', messages: {} };
            break;
          }
          const modes = new Set(sendsGovernedBy(graph, node.id).map((s) => escapeOf(escapes, s.config.channelId)));
          try {
            const messages = Object.fromEntries([...modes].map((escape) => [escape, renderMessage(node.config, input.event, { escape, within: renderBudget })]));
            nodes[node.id] = { type: 'template', messages };
          } catch (err) {
            nodes[node.id] = { type: 'template', messages: {}, error: `template failed to render: ${errorText(err)}` };
          }
          break;
        }
        case 'throttle': {
          const { mode, limit, windowSeconds } = node.config;
          const key = renderKey(node.config.key, input.event, renderBudget);
          nodes[node.id] = { type: 'throttle', mode, limit, windowSeconds, ...key };
          break;
        }
        case 'group': {
          const { groupBy, ...timing } = node.config;
          const key = renderKey(groupBy, input.event, renderBudget);
          nodes[node.id] = { type: 'group', key: key.key, timing, ...(key.error ? { error: key.error.replace('throttle key', 'group key') } : {}) };
          break;
        }
        case 'send': {
          const { channelId } = node.config;
          const known = escapes.get(channelId);
          nodes[node.id] = known
            ? { type: 'send', channelId, escape: known.escape, ...(known.error ? { error: known.error } : {}) }
            : { type: 'send', channelId, escape: 'none', error: `channel ${channelId} not found` };
          break;
        }
      }
    }
    if (!triggerId) throw new Error(`route version ${input.routeVersionId} has no trigger node`);
    const defaultEscapes = new Set(sendsGovernedBy(graph, triggerId).filter((s) => !afterGroups.has(s.id)).map((s) => escapeOf(escapes, s.config.channelId)));
    const plan: RoutePlan = {
      routeId,
      routeVersionId: input.routeVersionId,
      triggerId,
      nodes,
      edges: graph.edges.map((e) => ({ source: e.source, target: e.target, isElse: e.sourceHandle === 'else' })),
      ...(defaultEscapes.size > 0
        ? { defaultMessages: Object.fromEntries([...defaultEscapes].map((escape) => [escape, defaultMessage(input.event, { escape })])) }
        : {}),
      deliveryRetry: deps.deliveryRetry,
      holdTimeoutMs: deps.holdTimeoutMs,
    };
    if (Object.values(nodes).some((n) => n.type === 'throttle' || n.type === 'group')) return plan;
    // The same walk the workflow would do (deterministic code from workflows/), done here to save the
    // workflow a round of activations per event; the result is recorded in history like any other.
    const walked = await walkPlan(plan, () => Promise.reject(new Error('unreachable: no throttle nodes')));
    await deps.recordOutcomes({ tenantId: input.tenantId, eventId: input.event.id, routeVersionId: input.routeVersionId, outcomes: walked.outcomes });
    return { ...plan, walked };
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

export type ChannelEscape = { escape: EscapeMode; error?: string };

/** The escaping of each send node's channel, from its plugin; tenant-scoped, one query per plan. */
export async function channelEscapes(deps: Pick<PlanRouteDeps, 'dataSource' | 'plugins'>, tenantId: string, graph: RouteGraph): Promise<Map<string, ChannelEscape>> {
  const ids = [...new Set(graph.nodes.flatMap((n) => (n.type === 'send' && UUID.test(n.config.channelId) ? [n.config.channelId] : [])))];
  const out = new Map<string, ChannelEscape>();
  if (ids.length === 0) return out;
  const rows: Array<{ id: string; plugin_id: string }> = await deps.dataSource.query(
    'SELECT id, plugin_id FROM channels WHERE tenant_id = $1 AND id = ANY($2::uuid[])',
    [tenantId, ids],
  );
  for (const row of rows) {
    const plugin = findPlugin(deps.plugins, row.plugin_id);
    out.set(row.id, plugin ? { escape: plugin.escape } : { escape: 'none', error: `channel plugin "${row.plugin_id}" is not installed on this worker` });
  }
  return out;
}

const escapeOf = (escapes: Map<string, ChannelEscape>, channelId: string): EscapeMode => escapes.get(channelId)?.escape ?? 'none';

function renderKey(source: string, event: SignalboxEvent, within: RenderBudget): { key: string; error?: string } {
  try {
    return { key: renderTemplate(source, event, { escape: 'none', within }) };
  } catch (err) {
    return { key: '', error: `throttle key failed to render: ${errorText(err)}` };
  }
}

/** A filter that throws (bad data, a rule the validator missed) fails closed, with the error as its reason. */
function guard(fn: () => { passed: boolean; reason: string }, what: string): { passed: boolean; reason: string } {
  try {
    const { passed, reason } = fn();
    return { passed, reason };
  } catch (err) {
    return { passed: false, reason: `${what} error: ${errorText(err)}` };
  }
}

export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
