import { describe, expect, it } from 'vitest';
import { autoLayout } from './autoLayout.js';
import { decorateEdge, edgeId, ELSE_HANDLE, PASS_HANDLE, type FlowEdge, type FlowNode } from './graphAdapter.js';

const W = 240;
const H = 120; // card plus the note allowance the layout keeps below it

/** A deterministic pseudo-random tree route: a trigger, then filters (two exits), templates and sends. */
function generatedRoute(seed: number, size: number): { nodes: FlowNode[]; edges: FlowEdge[] } {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const nodes: FlowNode[] = [{ id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, data: { config: {} as never } }];
  const edges: FlowEdge[] = [];
  const open: Array<{ id: string; handle: string | null }> = [{ id: 'trigger', handle: null }];
  for (let i = 0; nodes.length < size && open.length; i++) {
    const slot = open.splice(Math.floor(random() * open.length), 1)[0]!;
    // The last open exit never gets a send, so the route keeps growing to its size.
    const type = open.length === 0 || random() < 0.4 ? 'filter' : random() < 0.5 ? 'template' : 'send';
    const id = `${type}-${i}`;
    nodes.push({ id, type, position: { x: 0, y: 0 }, data: { config: {} as never } });
    edges.push(decorateEdge({ id: edgeId(slot.id, id, slot.handle), source: slot.id, target: id, sourceHandle: slot.handle }));
    if (type === 'filter') open.push({ id, handle: ELSE_HANDLE }, { id, handle: PASS_HANDLE });
    else if (type === 'template') open.push({ id, handle: null });
  }
  return { nodes, edges };
}

const overlaps = (a: FlowNode, b: FlowNode) =>
  a.position.x < b.position.x + W && b.position.x < a.position.x + W && a.position.y < b.position.y + H && b.position.y < a.position.y + H;

/** Edges drawn as straight segments from the source card's bottom centre to the target's top centre. */
function crossings(nodes: FlowNode[], edges: FlowEdge[]): number {
  const at = new Map(nodes.map((n) => [n.id, n.position]));
  const segment = (e: FlowEdge) => {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    return [s.x + W / 2, s.y + 72, t.x + W / 2, t.y] as const;
  };
  const cross = (p: readonly number[], q: readonly number[]) => {
    const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    const [a, b, c, d] = [[p[0]!, p[1]!], [p[2]!, p[3]!], [q[0]!, q[1]!], [q[2]!, q[3]!]] as const;
    return side(...a, ...b, ...c) * side(...a, ...b, ...d) < 0 && side(...c, ...d, ...a) * side(...c, ...d, ...b) < 0;
  };
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [e, f] = [edges[i]!, edges[j]!];
      if (new Set([e.source, e.target, f.source, f.target]).size < 4) continue; // edges sharing a card meet there
      if (cross(segment(e), segment(f))) count++;
    }
  }
  return count;
}

describe('autoLayout', () => {
  for (const seed of [1, 7, 42, 99, 2024]) {
    it(`lays out a generated 50-node route (seed ${seed}): pass left of else, no overlaps, no crossings`, () => {
      const { nodes, edges } = generatedRoute(seed, 50);
      const placed = autoLayout(nodes, edges);
      const x = new Map(placed.map((n) => [n.id, n.position.x]));

      const filters = placed.filter((n) => n.type === 'filter');
      let checked = 0;
      for (const filter of filters) {
        const pass = edges.find((e) => e.source === filter.id && e.sourceHandle === PASS_HANDLE);
        const other = edges.find((e) => e.source === filter.id && e.sourceHandle === ELSE_HANDLE);
        if (!pass || !other) continue;
        expect(x.get(pass.target)!, `${filter.id}: pass child left of else child`).toBeLessThan(x.get(other.target)!);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);

      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!), `${placed[i]!.id} overlaps ${placed[j]!.id}`).toBe(false);
      }
      expect(crossings(placed, edges)).toBe(0);
      // Every edge points down the page: routes read top to bottom.
      for (const e of edges) expect(placed.find((n) => n.id === e.target)!.position.y).toBeGreaterThan(placed.find((n) => n.id === e.source)!.position.y);
    });
  }

  it('puts the else child right even when the else edge was drawn first', () => {
    const node = (id: string, type: FlowNode['type']): FlowNode => ({ id, type, position: { x: 0, y: 0 }, data: { config: {} as never } });
    const nodes = [node('f', 'filter'), node('a', 'send'), node('b', 'send')];
    const edges = [
      decorateEdge({ id: 'f->a:else', source: 'f', target: 'a', sourceHandle: ELSE_HANDLE }),
      decorateEdge({ id: 'f->b', source: 'f', target: 'b', sourceHandle: PASS_HANDLE }),
    ];
    const [, a, b] = autoLayout(nodes, edges);
    expect(b!.position.x).toBeLessThan(a!.position.x);
  });

  it('places a node with two parents below both, without overlapping, and survives a cycle', () => {
    const node = (id: string): FlowNode => ({ id, type: 'template', position: { x: 0, y: 0 }, data: { config: {} as never } });
    const nodes = ['t', 'a', 'b', 'join', 'x', 'y'].map(node);
    const edge = (s: string, t: string): FlowEdge => ({ id: `${s}-${t}`, source: s, target: t });
    const edges = [edge('t', 'a'), edge('t', 'b'), edge('a', 'join'), edge('b', 'join'), edge('x', 'y'), edge('y', 'x')];
    const placed = autoLayout(nodes, edges);
    const y = (id: string) => placed.find((n) => n.id === id)!.position.y;
    expect(y('join')).toBeGreaterThan(Math.max(y('a'), y('b')));
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
  });
});
