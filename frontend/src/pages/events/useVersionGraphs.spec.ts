import type { RouteGraph } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { inWalkOrder, nodeLabel } from './useVersionGraphs.js';

const graph = {
  nodes: [
    { id: 'send-1', type: 'send', label: 'Tell ops', config: { channelId: 'c' } },
    { id: 'filter-1', type: 'filter', config: { condition: { combinator: 'and', rules: [] } } },
    { id: 'trigger', type: 'trigger', config: { eventTypes: ['*'] } },
  ],
  edges: [{ source: 'trigger', target: 'filter-1' }, { source: 'filter-1', target: 'send-1' }],
} as unknown as RouteGraph;

describe('event page steps', () => {
  it('names nodes by label, else by type, and marks resends', () => {
    expect(nodeLabel(graph, 'send-1')).toBe('Tell ops');
    expect(nodeLabel(graph, 'filter-1')).toBe('Filter (filter-1)');
    expect(nodeLabel(graph, 'send-1#resend-abc')).toBe('Tell ops · resend');
    expect(nodeLabel(undefined, 'send-1')).toBe('send-1');
  });
  it('lists steps in walk order', () => {
    const steps = [{ nodeId: 'send-1' }, { nodeId: 'trigger' }, { nodeId: 'filter-1' }];
    expect(inWalkOrder(graph, steps).map((s) => s.nodeId)).toEqual(['trigger', 'filter-1', 'send-1']);
  });
});
