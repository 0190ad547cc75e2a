import { describe, expect, it } from 'vitest';
import type { RouteGraph } from '@signalbox/route-model';
import { withChannelIssues } from './withChannelIssues.js';

const graph = { nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['x'] } }, { id: 'notify', type: 'send', config: { channelId: 'c1' } }], edges: [] } as unknown as RouteGraph;
const issue = (nodeId: string) => ({ nodeId, channelId: 'c1', channelName: null, problem: 'missing' as const, message: 'sends to a channel that no longer exists' });

describe('withChannelIssues', () => {
  it('puts a live channel problem on its send node, or on the graph when the draft no longer has that node', () => {
    const merged = withChannelIssues(new Map(), graph, [issue('notify'), issue('gone')]);
    expect(merged.get('notify')).toEqual([{ path: 'live.nodes.notify', message: 'Live version sends to a channel that no longer exists', source: 'server' }]);
    expect(merged.get('')?.[0]?.message).toBe('Live version: send "gone" sends to a channel that no longer exists');
  });

  it('leaves the issues untouched without channel problems', () => {
    const issues = new Map([['trigger', [{ path: 'p', message: 'm', source: 'editor' as const }]]]);
    expect(withChannelIssues(issues, graph, [])).toBe(issues);
  });
});
