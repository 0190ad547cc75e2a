import { describe, expect, it } from 'vitest';
import type { FlowEdge, FlowNode } from '../graphAdapter.js';
import { nextNode } from './keyboardNav.js';
import { dropSpot } from './placement.js';

const card = (id: string, x: number, y: number): FlowNode => ({ id, type: 'template', position: { x, y }, data: { config: {} as never } });
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) => a.x < b.x + 240 && b.x < a.x + 240 && a.y < b.y + 120 && b.y < a.y + 72;

describe('dropSpot', () => {
  it('centres the card on the cursor when the spot is free', () => {
    expect(dropSpot({ x: 500, y: 300 }, [card('a', 0, 0)])).toEqual({ x: 380, y: 264 }) // the card's header under the cursor;
  });

  it('nudges a card dropped on top of others to the nearest free spot', () => {
    const nodes = [card('a', 0, 0), card('b', 0, 150), card('c', 300, 0)];
    const spot = dropSpot({ x: 120, y: 36 }, nodes);
    for (const n of nodes) expect(overlap(spot, n.position), n.id).toBe(false);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(300);
  });
});

describe('nextNode', () => {
  const nodes = [card('t', 200, 0), card('f', 200, 150), card('pass', 0, 300), card('else', 400, 300)];
  const edges: FlowEdge[] = [
    { id: 't->f', source: 't', target: 'f' },
    { id: 'f->else', source: 'f', target: 'else', sourceHandle: 'else' },
    { id: 'f->pass', source: 'f', target: 'pass', sourceHandle: 'pass' },
  ];
  it('starts at the top card and walks down, sideways and up along the route', () => {
    expect(nextNode(nodes, edges, null, 'ArrowDown')).toBe('t');
    expect(nextNode(nodes, edges, 't', 'ArrowDown')).toBe('f');
    expect(nextNode(nodes, edges, 'f', 'ArrowDown')).toBe('pass');
    expect(nextNode(nodes, edges, 'pass', 'ArrowRight')).toBe('else');
    expect(nextNode(nodes, edges, 'else', 'ArrowLeft')).toBe('pass');
    expect(nextNode(nodes, edges, 'else', 'ArrowUp')).toBe('f');
    expect(nextNode(nodes, edges, 't', 'ArrowUp')).toBe('t');
  });
});
