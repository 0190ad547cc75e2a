import type { RouteGraph, RouteNode } from './route.schema.js';

/**
 * Send nodes reachable from `startId` whose nearest template on the way is `startId` itself (or none,
 * when starting at the trigger): the walk stops at the next template node, which takes over from there.
 * Filter decisions are ignored, so this may name a send the event never reaches; rendering it is harmless.
 */
export function sendsGovernedBy(graph: RouteGraph, startId: string): Array<Extract<RouteNode, { type: 'send' }>> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Extract<RouteNode, { type: 'send' }>>();
  const seen = new Set<string>([startId]);
  const stack = [startId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const edge of graph.edges) {
      if (edge.source !== id || seen.has(edge.target)) continue;
      seen.add(edge.target);
      const target = byId.get(edge.target);
      if (!target || target.type === 'template') continue;
      if (target.type === 'send') out.set(target.id, target);
      stack.push(target.id);
    }
  }
  return [...out.values()];
}
