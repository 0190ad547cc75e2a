import type { RouteGraph } from '@signalbox/route-model';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { selectGraph, useEditorStore } from './editorStore.js';

const graph: RouteGraph = {
  nodes: [
    { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: ['*'] } },
    { id: 'template', type: 'template', position: { x: 0, y: 150 }, config: { title: 'Hi', body: '', fields: [] } },
  ],
  edges: [{ id: 'e1', source: 'trigger', target: 'template' }],
};

const store = () => useEditorStore.getState();
const history = () => useEditorStore.temporal.getState();

describe('editor store: undo and redo', () => {
  beforeEach(() => {
    vi.useRealTimers();
    store().load(graph);
  });

  it('starts with no history after loading a route', () => {
    expect(history().pastStates).toHaveLength(0);
    expect(selectGraph(store())).toEqual(graph);
  });

  it('undoes and redoes adding a node', () => {
    store().addNode('filter', { x: 0, y: 300 });
    expect(store().nodes.map((n) => n.id)).toContain('filter-1');
    history().undo();
    expect(selectGraph(store())).toEqual(graph);
    history().redo();
    expect(store().nodes.map((n) => n.id)).toContain('filter-1');
  });

  it('undoes deleting a node together with its edges in one step', () => {
    store().deleteNodes(['template']);
    expect(store().edges).toHaveLength(0);
    history().undo();
    expect(selectGraph(store())).toEqual(graph);
  });

  it('records a whole drag as one step, and selection not at all', () => {
    store().onNodesChange([{ type: 'select', id: 'template', selected: true }]);
    expect(history().pastStates).toHaveLength(0);
    for (let y = 151; y <= 200; y++) store().onNodesChange([{ type: 'position', id: 'template', position: { x: 0, y }, dragging: true }]);
    store().onNodesChange([{ type: 'position', id: 'template', position: { x: 0, y: 200 }, dragging: false }]);
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(store().nodes.find((n) => n.id === 'template')!.position).toEqual({ x: 0, y: 150 });
  });

  it('coalesces typing into one field into one step, but not edits far apart in time', () => {
    vi.useFakeTimers();
    for (const title of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      store().updateConfig('template', { title, body: '', fields: [] });
      vi.advanceTimersByTime(100);
    }
    expect(history().pastStates).toHaveLength(1);
    vi.advanceTimersByTime(5_000);
    store().updateConfig('template', { title: 'Hello!', body: '', fields: [] });
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    history().undo();
    expect((store().nodes[1]!.data.config as { title: string }).title).toBe('Hi');
  });

  it('connects with the else handle and undoes the connection', () => {
    store().addNode('filter', { x: 0, y: 300 });
    store().addNode('send', { x: 0, y: 450 }, { channelId: 'ch_1' });
    store().onConnect({ source: 'filter-1', target: 'send-1', sourceHandle: 'else', targetHandle: null });
    expect(selectGraph(store()).edges.at(-1)).toEqual({ id: 'filter-1->send-1:else', source: 'filter-1', target: 'send-1', sourceHandle: 'else' });
    history().undo();
    expect(store().edges.some((e) => e.target === 'send-1')).toBe(false);
  });
});
