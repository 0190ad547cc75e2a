import {
  interpretRoute, muteTimingIdsForSend, planRoute, pluginNotInstalled, sendChannelIds, type ChannelEscape, type RouteGraph,
} from '@signalbox/route-model';
import type { DataSource } from 'typeorm';
import type { DeliveryRetry, PlanRouteInput, RecordOutcomesInput, RoutePlan } from '../route-plan.types.js';
import type { GraphCache } from './graph.cache.js';
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
 * trip): route-model's planRoute, with the worker's channel port (Postgres + the installed plugins).
 * The workflow only walks the result.
 */
export function createPlanRoute(deps: PlanRouteDeps) {
  return async function planRouteActivity(input: PlanRouteInput): Promise<RoutePlan> {
    const { routeId, graph } = await deps.graphs.get(input.tenantId, input.routeVersionId);
    if (!graph.nodes.some((n) => n.type === 'trigger')) throw new Error(`route version ${input.routeVersionId} has no trigger node`);
    const { channels, silencesMayApply } = await channelsAndSilences(deps, input.tenantId, graph);
    const pure = planRoute(graph, input.event, { channel: (id) => channels.get(id) });
    const plan: RoutePlan = {
      routeId, routeVersionId: input.routeVersionId, ...pure, deliveryRetry: deps.deliveryRetry, holdTimeoutMs: deps.holdTimeoutMs, silencesMayApply,
    };
    // Throttles and groups need the workflow's ports (durable local activities): the workflow walks.
    if (Object.values(plan.nodes).some((n) => n.type === 'throttle' || n.type === 'group')) return plan;
    // The same walk the workflow would do (route-model's interpreter), done here to save the workflow a
    // round of activations per event; the result is recorded in history like any other.
    const walked = await interpretRoute(plan, {
      throttle: () => Promise.reject(new Error('unreachable: no throttle nodes')),
      group: () => Promise.reject(new Error('unreachable: no group nodes')),
    });
    await deps.recordOutcomes({ tenantId: input.tenantId, eventId: input.event.id, routeVersionId: input.routeVersionId, outcomes: walked.outcomes });
    return { ...plan, walked };
  };
}

/**
 * The channel port and whether any send of this route could be silenced or muted now (the tenant has a silence
 * that has not ended, or a send names mute timings; when not, the workflow skips the per-send checkSilences
 * activity): one round trip, as this runs for every event.
 */
async function channelsAndSilences(deps: Pick<PlanRouteDeps, 'dataSource' | 'plugins'>, tenantId: string, graph: RouteGraph) {
  const sends = graph.nodes.filter((n) => n.type === 'send');
  const muteTimings = sends.some((n) => muteTimingIdsForSend(graph, n.id).length > 0);
  const ids = sendChannelIds(graph).filter((id) => UUID.test(id));
  if (ids.length === 0) return { channels: new Map<string, ChannelEscape>(), silencesMayApply: muteTimings };
  const rows: Array<{ id: string | null; plugin_id: string | null; silences: boolean }> = await deps.dataSource.query(
    `SELECT c.id, c.plugin_id, s.any AS silences
       FROM (SELECT EXISTS (SELECT 1 FROM silences WHERE tenant_id = $1 AND ends_at > now()) AS any) s
       LEFT JOIN channels c ON c.tenant_id = $1 AND c.id = ANY($2::uuid[])`,
    [tenantId, ids],
  );
  return { channels: escapesOf(deps.plugins, rows), silencesMayApply: muteTimings || rows[0]?.silences === true };
}

/** The worker's channel port (also the group notifications'): each send node's channel escaping, from its plugin; tenant-scoped, one query per plan. */
export async function channelEscapes(deps: Pick<PlanRouteDeps, 'dataSource' | 'plugins'>, tenantId: string, graph: RouteGraph): Promise<Map<string, ChannelEscape>> {
  const ids = sendChannelIds(graph).filter((id) => UUID.test(id));
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; plugin_id: string }> = await deps.dataSource.query(
    'SELECT id, plugin_id FROM channels WHERE tenant_id = $1 AND id = ANY($2::uuid[])',
    [tenantId, ids],
  );
  return escapesOf(deps.plugins, rows);
}

function escapesOf(plugins: PluginLookup, rows: Array<{ id: string | null; plugin_id: string | null }>): Map<string, ChannelEscape> {
  const out = new Map<string, ChannelEscape>();
  for (const row of rows) {
    if (row.id === null || row.plugin_id === null) continue;
    const plugin = findPlugin(plugins, row.plugin_id);
    out.set(row.id, plugin ? { escape: plugin.escape } : { escape: 'none', error: pluginNotInstalled(row.plugin_id) });
  }
  return out;
}
