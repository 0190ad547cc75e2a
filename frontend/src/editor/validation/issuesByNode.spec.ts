import type { RouteGraph } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { blockingIssueCount, groupIssues } from './issuesByNode.js';

const graph: RouteGraph = {
  nodes: [
    { id: 'trigger', type: 'trigger', config: { eventTypes: ['*'] } },
    { id: 'filter', type: 'filter', config: { condition: { combinator: 'and', rules: [] } } },
  ],
  edges: [],
};

describe('groupIssues', () => {
  it('places issues by nodeId, by nodes[i] path (with or without a draftGraph prefix), or on the graph', () => {
    const grouped = groupIssues(graph, [
      { source: 'editor', issues: [{ nodeId: 'filter', path: 'x', message: 'not reachable from the trigger' }, { path: '', message: 'no send node' }] },
      { source: 'server', issues: [{ path: 'draftGraph.nodes[1].config.condition', message: 'bad regex' }, { path: 'nodes[1]', message: 'not reachable from the trigger' }] },
    ]);
    expect(grouped.get('filter')!.map((i) => i.message)).toEqual(['not reachable from the trigger', 'bad regex']);
    expect(grouped.get('')!.map((i) => i.message)).toEqual(['no send node']);
  });

  it('keeps a list\'s level on its issues, and only non-warnings block a publish', () => {
    const grouped = groupIssues(graph, [
      { source: 'editor', issues: [{ nodeId: 'filter', path: 'a', message: 'bad regex' }] },
      { source: 'editor', level: 'warning', issues: [{ nodeId: 'filter', path: 'b', message: 'field "data.x" appears in no sample' }] },
    ]);
    expect(grouped.get('filter')!.map((i) => i.level)).toEqual([undefined, 'warning']);
    expect(blockingIssueCount(grouped)).toBe(1);
  });
});
