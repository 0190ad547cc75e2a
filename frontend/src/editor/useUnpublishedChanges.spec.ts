import type { RouteGraph } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { behaviourJson } from './useUnpublishedChanges.js';

const graph = (label?: string, x = 0): RouteGraph => ({
  nodes: [
    { id: 'trigger', type: 'trigger', position: { x, y: 0 }, config: { eventTypes: ['*'] } },
    { id: 'send-1', type: 'send', position: { x, y: 100 }, ...(label ? { label } : {}), config: { channelId: 'c1' } },
  ],
  edges: [{ source: 'trigger', target: 'send-1' }],
} as RouteGraph);

describe('behaviourJson', () => {
  it('ignores where the cards sit and how edges are named', () => {
    const moved = { ...graph(undefined, 300), edges: [{ id: 'e-any', source: 'trigger', target: 'send-1' }] } as RouteGraph;
    expect(behaviourJson(moved)).toBe(behaviourJson(graph()));
  });
  it('sees a changed label', () => {
    expect(behaviourJson(graph('Tell ops'))).not.toBe(behaviourJson(graph()));
  });
});
