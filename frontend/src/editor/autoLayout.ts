import dagre from '@dagrejs/dagre';
import type { FlowEdge, FlowNode } from './graphAdapter.js';

const FALLBACK_SIZE = { width: 240, height: 72 };
/** Room kept below every card for a test outcome or issue note (two lines), so a dry run never makes cards overlap. */
const NOTE_ALLOWANCE = 48;

/** Top-to-bottom layered layout (routes read like a pipeline); uses measured sizes when React Flow has them. */
export function autoLayout(nodes: FlowNode[], edges: FlowEdge[]): FlowNode[] {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 60, ranksep: 60 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    g.setNode(node.id, { width: node.measured?.width ?? FALLBACK_SIZE.width, height: baseHeight(node) + NOTE_ALLOWANCE });
  }
  for (const edge of edges) g.setEdge(edge.source, edge.target);
  dagre.layout(g);
  return nodes.map((node) => {
    const placed = g.node(node.id);
    const width = node.measured?.width ?? FALLBACK_SIZE.width;
    // Top-aligned in its slot: the allowance is below the card, where a note grows.
    return { ...node, position: { x: Math.round(placed.x - width / 2), y: Math.round(placed.y - (baseHeight(node) + NOTE_ALLOWANCE) / 2) } };
  });
}

/** The card's own size (measured when React Flow has it). */
function baseHeight(node: FlowNode): number {
  return node.measured?.height ?? FALLBACK_SIZE.height;
}
