import { describe, expect, it } from 'vitest';
import { childrenOf, findCycle, findTrigger, reachableFrom, topologicalOrder } from './graph.walk.js';
import type { RouteGraph } from './route.schema.js';

const graph: RouteGraph = {
  nodes: [
    { id: 'send-ok', type: 'send', config: { channelId: 'slack' } },
    { id: 'trigger', type: 'trigger', config: { eventTypes: ['*'] } },
    { id: 'filter', type: 'filter', config: { condition: { combinator: 'and', rules: [] } } },
    { id: 'send-else', type: 'send', config: { channelId: 'email' } },
  ],
  edges: [
    { source: 'trigger', target: 'filter' },
    { source: 'filter', target: 'send-ok' },
    { source: 'filter', target: 'send-else', sourceHandle: 'else' },
  ],
};
const ids = (nodes: Array<{ id: string }>) => nodes.map((node) => node.id);

describe('graph walk', () => {
  it('finds the trigger', () => {
    expect(findTrigger(graph)?.id).toBe('trigger');
    expect(findTrigger({ nodes: [], edges: [] })).toBeUndefined();
  });

  it('lists children per branch', () => {
    expect(ids(childrenOf(graph, 'filter'))).toEqual(['send-ok', 'send-else']);
    expect(ids(childrenOf(graph, 'filter', { handle: 'default' }))).toEqual(['send-ok']);
    expect(ids(childrenOf(graph, 'filter', { handle: 'else' }))).toEqual(['send-else']);
    expect(childrenOf(graph, 'send-ok')).toEqual([]);
  });

  it('orders parents before children', () => {
    expect(ids(topologicalOrder(graph))).toEqual(['trigger', 'filter', 'send-ok', 'send-else']);
  });

  it('refuses to order a cycle, and finds it', () => {
    const cyclic: RouteGraph = { ...graph, edges: [...graph.edges, { source: 'send-ok', target: 'filter' }] };
    expect(() => topologicalOrder(cyclic)).toThrow(/cycle/);
    expect(findCycle(cyclic)).toEqual(['filter', 'send-ok', 'filter']);
    expect(findCycle(graph)).toBeUndefined();
  });

  it('computes reachability', () => {
    expect([...reachableFrom(graph, 'filter')].sort()).toEqual(['filter', 'send-else', 'send-ok']);
  });
});
