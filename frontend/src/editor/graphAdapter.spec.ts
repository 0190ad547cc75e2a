import type { RouteGraph } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { ELSE_HANDLE, PASS_HANDLE, fromFlow, needsLayout, toFlow } from './graphAdapter.js';

const graph: RouteGraph = {
  nodes: [
    { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: ['deploy.*'] } },
    { id: 'only-prod', type: 'filter', position: { x: 0, y: 150 }, label: 'Only prod', config: { condition: { combinator: 'and', rules: [{ field: 'data.env', operator: 'equals', value: 'prod' }] } } },
    { id: 'slack', type: 'send', position: { x: -120, y: 300 }, config: { channelId: 'ch_1' } },
    { id: 'email', type: 'send', position: { x: 120, y: 300 }, config: { channelId: 'ch_2' } },
  ],
  edges: [
    { id: 'e1', source: 'trigger', target: 'only-prod' },
    { id: 'e2', source: 'only-prod', target: 'slack' },
    { id: 'e3', source: 'only-prod', target: 'email', sourceHandle: 'else' },
  ],
};

describe('graph adapter', () => {
  it('puts label and config in node data and keeps type and position', () => {
    const { nodes } = toFlow(graph);
    expect(nodes[1]).toMatchObject({ id: 'only-prod', type: 'filter', position: { x: 0, y: 150 }, data: { label: 'Only prod', config: graph.nodes[1]!.config } });
    expect(nodes[0]!.data).not.toHaveProperty('label');
  });

  it('gives a filter\'s default exit the "pass" handle and keeps "else", which other nodes never have', () => {
    const { edges } = toFlow(graph);
    expect(edges.map((e) => e.sourceHandle)).toEqual([null, PASS_HANDLE, ELSE_HANDLE]);
    expect(edges[2]).toMatchObject({ label: 'else' });
  });

  it('round-trips to exactly the saved shape (no "pass", no React Flow extras)', () => {
    const { nodes, edges } = toFlow(graph);
    expect(fromFlow(nodes, edges)).toEqual(graph);
  });

  it('rounds positions and drops blank labels', () => {
    const { nodes, edges } = toFlow(graph);
    nodes[0] = { ...nodes[0]!, position: { x: 10.4, y: 20.6 }, data: { ...nodes[0]!.data, label: '   ' } };
    const saved = fromFlow(nodes, edges);
    expect(saved.nodes[0]).toEqual({ id: 'trigger', type: 'trigger', position: { x: 10, y: 21 }, config: { eventTypes: ['deploy.*'] } });
  });

  it('names edges without an id after their ends', () => {
    const { edges } = toFlow({ ...graph, edges: [{ source: 'only-prod', target: 'email', sourceHandle: 'else' }] });
    expect(edges[0]!.id).toBe('only-prod->email:else');
  });

  it('asks for a layout only when a multi-node graph has no positions', () => {
    expect(needsLayout(graph)).toBe(false);
    expect(needsLayout({ ...graph, nodes: graph.nodes.map(({ position: _p, ...n }) => n) as RouteGraph['nodes'] })).toBe(true);
  });
});
