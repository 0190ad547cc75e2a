import type { NodeOf, RouteEdge, RouteGraph, RouteNode } from './route.schema.js';

export type EdgeHandle = 'else' | 'default';

export function findTrigger(graph: RouteGraph): NodeOf<'trigger'> | undefined {
  return graph.nodes.find((node): node is NodeOf<'trigger'> => node.type === 'trigger');
}

export function findNode(graph: RouteGraph, nodeId: string): RouteNode | undefined {
  return graph.nodes.find((node) => node.id === nodeId);
}

/** Which branch an edge belongs to: `else` edges leave a filter that failed; all others are `default`. */
export function edgeHandle(edge: Pick<RouteEdge, 'sourceHandle'>): EdgeHandle {
  return edge.sourceHandle === 'else' ? 'else' : 'default';
}

/** Nodes reached by the node's outgoing edges, in edge order; `handle` keeps only one branch. */
export function childrenOf(graph: RouteGraph, nodeId: string, options: { handle?: EdgeHandle } = {}): RouteNode[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return graph.edges
    .filter((edge) => edge.source === nodeId && (!options.handle || edgeHandle(edge) === options.handle))
    .map((edge) => byId.get(edge.target))
    .filter((node): node is RouteNode => node !== undefined);
}

/** Ids reachable from `startId` (itself included) over edges of either branch. */
export function reachableFrom(graph: RouteGraph, startId: string): Set<string> {
  const seen = new Set<string>([startId]);
  const pending = [startId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const edge of graph.edges) {
      if (edge.source === id && !seen.has(edge.target)) {
        seen.add(edge.target);
        pending.push(edge.target);
      }
    }
  }
  return seen;
}

/** One cycle as a list of node ids (first id repeated at the end), or undefined for an acyclic graph. */
export function findCycle(graph: Pick<RouteGraph, 'edges'>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const edge of graph.edges.filter((e) => e.source === id)) {
      const targetState = state.get(edge.target);
      if (targetState === 'visiting') return [...stack.slice(stack.indexOf(edge.target)), edge.target];
      const cycle = targetState === undefined ? visit(edge.target) : undefined;
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const edge of graph.edges) {
    const cycle = state.has(edge.source) ? undefined : visit(edge.source);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Nodes ordered so every node comes after all its parents (Kahn's algorithm, stable by node order). Throws on a cycle. */
export function topologicalOrder(graph: RouteGraph): RouteNode[] {
  const incoming = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const edge of graph.edges) incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + 1);
  const ready = graph.nodes.filter((node) => incoming.get(node.id) === 0);
  const order: RouteNode[] = [];
  for (let node = ready.shift(); node !== undefined; node = ready.shift()) {
    order.push(node);
    for (const child of childrenOf(graph, node.id)) {
      const remaining = (incoming.get(child.id) ?? 0) - 1;
      incoming.set(child.id, remaining);
      if (remaining === 0) ready.push(child);
    }
  }
  if (order.length < graph.nodes.length) throw new Error('Route graph has a cycle; validate it with validateRouteGraph first.');
  return order;
}
