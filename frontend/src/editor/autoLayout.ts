import dagre from '@dagrejs/dagre';
import type { FlowEdge, FlowNode } from './graphAdapter.js';

const FALLBACK_SIZE = { width: 240, height: 72 };

/** Top-to-bottom layered layout (routes read like a pipeline); uses measured sizes when React Flow has them. */
export function autoLayout(nodes: FlowNode[], edges: FlowEdge[]): FlowNode[] {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 60, ranksep: 70 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    g.setNode(node.id, { width: node.measured?.width ?? FALLBACK_SIZE.width, height: node.measured?.height ?? FALLBACK_SIZE.height });
  }
  for (const edge of edges) g.setEdge(edge.source, edge.target);
  dagre.layout(g);
  return nodes.map((node) => {
    const placed = g.node(node.id);
    const width = node.measured?.width ?? FALLBACK_SIZE.width;
    const height = node.measured?.height ?? FALLBACK_SIZE.height;
    return { ...node, position: { x: Math.round(placed.x - width / 2), y: Math.round(placed.y - height / 2) } };
  });
}
