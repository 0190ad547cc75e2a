import { routeGraphSchema, type RouteGraph } from '@signalbox/route-model';
import type { ErrorIssue } from '../common/api-error.js';
import { zodIssues } from '../common/zod-issues.format.js';

type Bag = Record<string, unknown>;
export interface FileGraph { nodes: Bag[]; edges: Bag[] }

/** Node keys in a fixed order, so an export reads the same every time. */
const NODE_KEYS = ['id', 'type', 'label', 'position', 'config'] as const;

/** Node types whose config may name mute timings: a send's own, a trigger's for every send of the route. */
const NAMES_MUTE_TIMINGS = new Set(['send', 'trigger']);

/**
 * A stored graph as the file writes it: send nodes name their channel (`channel`), sends and triggers their mute
 * timings (`muteTimings`), instead of ids. Returns the node indexes whose channel no longer exists; mute timings that
 * were deleted are dropped (they no longer mute anything, see MuteTimingsService.remove).
 */
export function graphToFile(graph: RouteGraph, channelNames: Map<string, string>, timingNames: Map<string, string>): { graph: FileGraph; missing: number[] } {
  const missing: number[] = [];
  const nodes = graph.nodes.map((node, index) => {
    const out: Bag = {};
    for (const key of NODE_KEYS) if ((node as Bag)[key] !== undefined) out[key] = (node as Bag)[key];
    if (!NAMES_MUTE_TIMINGS.has(node.type)) return out;
    const { channelId, muteTimingIds, ...rest } = node.config as Bag & { channelId?: string; muteTimingIds?: string[] };
    const timings = muteTimingIds ? { muteTimings: muteTimingIds.map((id) => timingNames.get(id)).filter((n): n is string => n !== undefined) } : {};
    if (node.type !== 'send') {
      out.config = { ...rest, ...timings };
      return out;
    }
    const channel = channelNames.get(channelId!);
    if (channel === undefined) missing.push(index);
    out.config = { channel: channel ?? channelId, ...rest, ...timings };
    return out;
  });
  return { graph: { nodes, edges: graph.edges.map((edge) => ({ ...edge })) }, missing };
}

/**
 * The file's graph with names mapped back to ids (`resolve*` answer undefined for an unknown name), checked
 * by the same schema the routes API uses. Issues point into the file: `routes[2].graph.nodes[1].config.channel`.
 */
export function graphFromFile(
  file: FileGraph, at: string, resolveChannel: (name: string) => string | undefined, resolveTiming: (name: string) => string | undefined,
  lookedIn = 'in the file or on the server',
): { graph?: RouteGraph; issues: ErrorIssue[] } {
  const issues: ErrorIssue[] = [];
  const nodes = file.nodes.map((node, index) => {
    if (typeof node.type !== 'string' || !NAMES_MUTE_TIMINGS.has(node.type) || typeof node.config !== 'object' || node.config === null) return node;
    const { channel, muteTimings, channelId, muteTimingIds, ...rest } = node.config as Bag;
    const where = `${at}.nodes[${index}].config`;
    if (channelId !== undefined || muteTimingIds !== undefined) {
      issues.push({ path: `${where}.${channelId !== undefined ? 'channelId' : 'muteTimingIds'}`, message: 'name channels and mute timings (channel: <name>, muteTimings: [<name>]), not their ids' });
    }
    const timingIds = Array.isArray(muteTimings)
      ? muteTimings.map((name, i) => {
          const timingId = typeof name === 'string' ? resolveTiming(name) : undefined;
          if (timingId === undefined) issues.push({ path: `${where}.muteTimings[${i}]`, message: `no mute timing named "${String(name)}" ${lookedIn}` });
          return timingId;
        })
      : undefined;
    if (muteTimings !== undefined && !Array.isArray(muteTimings)) issues.push({ path: `${where}.muteTimings`, message: 'must be a list of mute timing names' });
    const timings = timingIds ? { muteTimingIds: timingIds } : {};
    if (node.type !== 'send') return { ...node, config: { ...rest, ...(channel !== undefined ? { channel } : {}), ...timings } };
    if (typeof channel !== 'string') {
      issues.push({ path: `${where}.channel`, message: 'must name a channel' });
      return node;
    }
    const id = resolveChannel(channel);
    if (id === undefined) issues.push({ path: `${where}.channel`, message: `no channel named "${channel}" ${lookedIn}` });
    return { ...node, config: { channelId: id ?? channel, ...rest, ...timings } };
  });
  if (issues.length) return { issues };
  const parsed = routeGraphSchema.safeParse({ nodes, edges: file.edges });
  if (!parsed.success) return { issues: zodIssues(parsed.error, [at]) };
  return { graph: parsed.data, issues: [] };
}
