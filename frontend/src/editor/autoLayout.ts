import type { FlowEdge, FlowNode } from './graphAdapter.js';
import { ELSE_HANDLE } from './graphAdapter.js';

const FALLBACK_SIZE = { width: 240, height: 72 };
/** Room kept below every card for a test outcome or issue note (two lines), so a dry run never makes cards overlap. */
const NOTE_ALLOWANCE = 48;
/** Compact but clear: enough for the "pass"/"else" handle labels and an edge to bend between siblings. */
export const LAYOUT_GAP = { x: 32, y: 56 };

/**
 * Top-to-bottom layered layout (routes read like a pipeline). A tidy tree: every node owns a column range as wide
 * as its subtree, children sit side by side under their parent, and a filter's pass child comes before (left of)
 * its else child, matching the handles on the card. Trees therefore have no edge crossings; a node with several
 * parents hangs under the first one, one layer below its lowest parent, so edges always point down and cards never
 * overlap (column ranges of different subtrees are disjoint). dagre was tried first: its crossing minimisation
 * ignores handle sides, so it wired the left "pass" handle to the right-hand node.
 */
export function autoLayout(nodes: FlowNode[], edges: FlowEdge[]): FlowNode[] {
  if (nodes.length === 0) return nodes;
  const ids = new Set(nodes.map((n) => n.id));
  const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
  const rank = layers(nodes, links);
  const { children, roots } = spanningTree(nodes, links, rank);
  const size = new Map(nodes.map((n) => [n.id, { width: n.measured?.width ?? FALLBACK_SIZE.width, height: baseHeight(n) }]));

  // Each layer is as tall as its tallest card (plus the note allowance).
  const layerHeight: number[] = [];
  for (const node of nodes) {
    const r = rank.get(node.id)!;
    layerHeight[r] = Math.max(layerHeight[r] ?? 0, size.get(node.id)!.height + NOTE_ALLOWANCE);
  }
  const layerTop: number[] = [];
  let top = 0;
  for (let r = 0; r < layerHeight.length; r++) {
    layerTop[r] = top;
    top += (layerHeight[r] ?? 0) + LAYOUT_GAP.y;
  }

  const span = new Map<string, number>();
  const spanOf = (id: string): number => {
    const kids = children.get(id) ?? [];
    const own = size.get(id)!.width;
    const total = kids.reduce((sum, kid) => sum + spanOf(kid), 0) + LAYOUT_GAP.x * Math.max(0, kids.length - 1);
    const width = Math.max(own, total);
    span.set(id, width);
    return width;
  };
  const centre = new Map<string, number>();
  const place = (id: string, left: number) => {
    const kids = children.get(id) ?? [];
    const width = span.get(id)!;
    const kidsWidth = kids.reduce((sum, kid) => sum + span.get(kid)!, 0) + LAYOUT_GAP.x * Math.max(0, kids.length - 1);
    let x = left + (width - kidsWidth) / 2;
    for (const kid of kids) {
      place(kid, x);
      x += span.get(kid)! + LAYOUT_GAP.x;
    }
    // A parent centres over its children (tidy tree); a leaf centres in its own range.
    centre.set(id, kids.length ? (centre.get(kids[0]!)! + centre.get(kids.at(-1)!)!) / 2 : left + width / 2);
  };
  let left = 0;
  for (const root of roots) {
    spanOf(root);
    place(root, left);
    left += span.get(root)! + LAYOUT_GAP.x * 2;
  }

  return nodes.map((node) => {
    const width = size.get(node.id)!.width;
    return { ...node, position: { x: Math.round(centre.get(node.id)! - width / 2), y: layerTop[rank.get(node.id)!]! } };
  });
}

/** Longest-path layers (a node sits one below its lowest parent); nodes caught in a cycle keep the layer they reached. */
function layers(nodes: FlowNode[], edges: FlowEdge[]): Map<string, number> {
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  for (const e of edges) indegree.set(e.target, indegree.get(e.target)! + 1);
  const rank = new Map(nodes.map((n) => [n.id, 0]));
  const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const done = new Set<string>();
  while (queue.length) {
    const id = queue.shift()!;
    done.add(id);
    for (const e of edges) {
      if (e.source !== id) continue;
      rank.set(e.target, Math.max(rank.get(e.target)!, rank.get(id)! + 1));
      indegree.set(e.target, indegree.get(e.target)! - 1);
      if (indegree.get(e.target) === 0) queue.push(e.target);
    }
  }
  return rank;
}

/** Each node under one parent (its first incoming edge from a higher layer); children ordered pass, plain, else. */
function spanningTree(nodes: FlowNode[], edges: FlowEdge[], rank: Map<string, number>) {
  const parent = new Map<string, FlowEdge>();
  for (const e of edges) {
    if (parent.has(e.target) || rank.get(e.source)! >= rank.get(e.target)!) continue;
    parent.set(e.target, e);
  }
  const children = new Map<string, string[]>();
  const order = (e: FlowEdge) => (e.sourceHandle === ELSE_HANDLE ? 1 : 0);
  const tree = [...parent.values()].map((e, i) => ({ e, i })).sort((a, b) => order(a.e) - order(b.e) || a.i - b.i);
  for (const { e } of tree) children.set(e.source, [...(children.get(e.source) ?? []), e.target]);
  const roots = nodes.filter((n) => !parent.has(n.id)).map((n) => n.id);
  return { children, roots };
}

/** The card's own size (measured when React Flow has it). */
function baseHeight(node: FlowNode): number {
  return node.measured?.height ?? FALLBACK_SIZE.height;
}
