import type { RouteGraph } from '@signalbox/route-model';
import { screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders.js';
import { RouteCanvas } from '../canvas/RouteCanvas.js';
import { useEditorStore } from '../store/editorStore.js';
import type { NodeIssue } from '../validation/issuesByNode.js';
import { IssuesContext } from './IssuesContext.js';

const graph: RouteGraph = {
  nodes: [
    { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: ['deploy.*'] } },
    { id: 'send-1', type: 'send', position: { x: 0, y: 150 }, config: { channelId: '' } },
  ],
  edges: [{ id: 'e1', source: 'trigger', target: 'send-1' }],
};

function renderCanvas(issues: Map<string, NodeIssue[]>) {
  return renderWithProviders(
    <div style={{ width: 800, height: 600 }}>
      <ReactFlowProvider>
        <IssuesContext.Provider value={issues}>
          <RouteCanvas />
        </IssuesContext.Provider>
      </ReactFlowProvider>
    </div>,
    [[['channels'], []]],
  );
}

describe('node cards', () => {
  beforeEach(() => useEditorStore.getState().load(graph));

  it('mark the node at fault with its message and leave the others alone', async () => {
    renderCanvas(new Map([['send-1', [{ path: 'nodes[1].config.channelId', message: 'Choose a channel', source: 'editor' }]]]));
    const send = await screen.findByTestId('node-send-1');
    expect(send.getAttribute('data-invalid')).toBe('true');
    expect(send.textContent).toContain('Choose a channel');
    expect(screen.getByTestId('node-trigger').getAttribute('data-invalid')).toBeNull();
    expect(screen.getByTestId('node-trigger').textContent).toContain('deploy.*');
  });

  it('show a warning in its own style, without marking the node invalid', async () => {
    renderCanvas(new Map([['send-1', [{ path: 'p', message: 'field "data.x" appears in no sample', source: 'editor', level: 'warning' }]]]));
    const send = await screen.findByTestId('node-send-1');
    expect(send.getAttribute('data-invalid')).toBeNull();
    expect(send.getAttribute('data-warning')).toBe('true');
    // React Flow keeps nodes hidden from the accessibility tree until measured (never, in jsdom): query the markup.
    expect(send.querySelector('[role="status"]')?.textContent).toContain('appears in no sample');
    expect(send.querySelector('[role="alert"]')).toBeNull();
  });

  it('show the test outcome and its reason on each node', async () => {
    useEditorStore.getState().setTrace([{ nodeId: 'trigger', nodeType: 'trigger', outcome: 'passed', reason: 'deploy.failure matches deploy.*' }]);
    renderCanvas(new Map());
    const trigger = await screen.findByTestId('node-trigger');
    expect(trigger.getAttribute('data-outcome')).toBe('passed');
    expect(trigger.textContent).toContain('deploy.failure matches deploy.*');
    expect(screen.getByTestId('node-send-1').getAttribute('data-outcome')).toBeNull();
  });
});
