import type { Edge, Node } from '@xyflow/react';
import type { RouteEdge, RouteGraph, RouteNode, RouteNodeType } from '@signalbox/route-model';

/** Filter nodes have two exits; React Flow needs both to have ids, the saved graph only marks "else". */
export const PASS_HANDLE = 'pass';
export const ELSE_HANDLE = 'else';

export type RouteNodeData = { label?: string; config: RouteNode['config'] };
export type FlowNode = Node<RouteNodeData, RouteNodeType>;
export type FlowEdge = Edge;

export function edgeId(source: string, target: string, handle?: string | null): string {
  return `${source}->${target}${handle === ELSE_HANDLE ? ':else' : ''}`;
}

/** Else-branches read as dashed and labelled, so the two exits of a filter are told apart at a glance. */
export function decorateEdge(edge: FlowEdge): FlowEdge {
  const isElse = edge.sourceHandle === ELSE_HANDLE;
  return {
    ...edge,
    type: 'smoothstep',
    label: isElse ? 'else' : undefined,
    style: isElse ? { strokeDasharray: '6 4' } : undefined,
    className: isElse ? 'sb-edge-else' : undefined,
  };
}

export function toFlow(graph: RouteGraph, sourceTypes?: Map<string, RouteNodeType>): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const types = sourceTypes ?? new Map(graph.nodes.map((n) => [n.id, n.type]));
  const nodes: FlowNode[] = graph.nodes.map((node) => ({
    id: node.id,
    type: node.type,
    position: node.position ?? { x: 0, y: 0 },
    data: { config: node.config, ...(node.label ? { label: node.label } : {}) },
  }));
  const edges = graph.edges.map((edge): FlowEdge => {
    const fromFilter = types.get(edge.source) === 'filter';
    const handle = edge.sourceHandle === 'else' ? ELSE_HANDLE : fromFilter ? PASS_HANDLE : null;
    return decorateEdge({ id: edge.id ?? edgeId(edge.source, edge.target, handle), source: edge.source, target: edge.target, sourceHandle: handle });
  });
  return { nodes, edges };
}

/** Whole-pixel positions keep saved graphs (and version diffs) free of sub-pixel noise. */
export function fromFlow(nodes: FlowNode[], edges: FlowEdge[]): RouteGraph {
  return {
    nodes: nodes.map(
      (node) =>
        ({
          id: node.id,
          type: node.type,
          position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
          ...(node.data.label?.trim() ? { label: node.data.label.trim() } : {}),
          config: node.data.config,
        }) as RouteNode,
    ),
    edges: edges.map(
      (edge): RouteEdge => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        ...(edge.sourceHandle === ELSE_HANDLE ? { sourceHandle: 'else' as const } : {}),
      }),
    ),
  };
}

/** A graph saved without positions (posted through the API by a script) is laid out on open. */
export function needsLayout(graph: RouteGraph): boolean {
  return graph.nodes.length > 1 && graph.nodes.every((n) => !n.position || (n.position.x === 0 && n.position.y === 0));
}
