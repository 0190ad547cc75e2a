import { topologicalOrder, type RouteGraph } from '@signalbox/route-model';
import { useQueries } from '@tanstack/react-query';
import { routeKeys, routesApi } from '../../api/routes.js';
import type { EventDetail } from '../../api/events.js';

/** The frozen graph of each route version an event ran against, keyed by route id (one version per route per event). */
export function useVersionGraphs(matched: EventDetail['matchedRoutes']): Map<string, RouteGraph> {
  const wanted = matched.filter((r): r is typeof r & { routeId: string; version: number } => r.routeId !== null && r.version !== null);
  const results = useQueries({
    queries: wanted.map((r) => ({
      queryKey: routeKeys.version(r.routeId, r.version),
      queryFn: () => routesApi.version(r.routeId, r.version),
      staleTime: Infinity, // a published version never changes
    })),
  });
  const graphs = new Map<string, RouteGraph>();
  results.forEach((result, i) => result.data?.graph && graphs.set(wanted[i]!.routeId, result.data.graph));
  return graphs;
}

/** What the admin named the node (its label), else its type; the id only when the graph is not known. */
export function nodeLabel(graph: RouteGraph | undefined, nodeId: string): string {
  const [baseId, resend] = nodeId.split('#');
  const node = graph?.nodes.find((n) => n.id === baseId);
  if (!node) return nodeId;
  const name = node.label ?? `${node.type[0]!.toUpperCase()}${node.type.slice(1)} (${node.id})`;
  // `send-1#resend-<key>` is a manual resend of send-1: say so, the key itself means nothing to a reader.
  return resend ? `${name} · resend` : name;
}

/** Steps in the order the route walks them (trigger first); unknown ids keep their place at the end. */
export function inWalkOrder<T extends { nodeId: string }>(graph: RouteGraph | undefined, steps: T[]): T[] {
  if (!graph) return steps;
  let order: Map<string, number>;
  try {
    order = new Map(topologicalOrder(graph).map((n, i) => [n.id, i]));
  } catch {
    return steps; // a graph the walker refuses (it never ran) keeps the server's order
  }
  // A resend's outcome is recorded as `<node>#…`: it sorts with its node.
  const rank = (id: string) => order.get(id.split('#')[0]!) ?? Number.MAX_SAFE_INTEGER;
  return [...steps].sort((a, b) => rank(a.nodeId) - rank(b.nodeId));
}
