import { useComputedColorScheme } from '@mantine/core';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type IsValidConnection } from '@xyflow/react';
import type { DragEvent } from 'react';
import { NODE_META } from '../nodes/nodeMeta.js';
import { nodeTypes } from '../nodes/nodeTypes.js';
import { DRAG_MIME, type PaletteItem } from '../palette/paletteItems.js';
import { useEditorStore } from '../store/editorStore.js';
import type { FlowNode } from '../graphAdapter.js';

const minimapColor = (node: FlowNode) => `var(--mantine-color-${NODE_META[node.type].color}-4)`;

export function RouteCanvas() {
  const colorScheme = useComputedColorScheme('light');
  const nodes = useEditorStore((s) => s.nodes);
  const edges = useEditorStore((s) => s.edges);
  const { onNodesChange, onEdgesChange, onConnect, addNode, inspect } = useEditorStore.getState();
  const { screenToFlowPosition } = useReactFlow();

  function onDrop(event: DragEvent) {
    const raw = event.dataTransfer.getData(DRAG_MIME);
    if (!raw) return;
    event.preventDefault();
    const item = JSON.parse(raw) as PaletteItem;
    const position = screenToFlowPosition({ x: event.clientX - 120, y: event.clientY - 30 });
    addNode(item.type, position, { channelId: item.channelId });
  }

  // One edge per pair; no edges into a trigger (it starts the route).
  const isValidConnection: IsValidConnection = (c) =>
    c.source !== c.target &&
    useEditorStore.getState().nodes.find((n) => n.id === c.target)?.type !== 'trigger' &&
    !useEditorStore.getState().edges.some((e) => e.source === c.source && e.target === c.target && (e.sourceHandle ?? null) === (c.sourceHandle ?? null));

  return (
    <ReactFlow<FlowNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onNodeClick={(_, node) => inspect(node.id)}
      onPaneClick={() => inspect(null)}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onDrop}
      deleteKeyCode={null}
      colorMode={colorScheme}
      fitView
      fitViewOptions={{ padding: 0.3, maxZoom: 1 }}
      // React Flow's default (0.5) cannot fit a 50-node route on a laptop screen; fit view must show all of it.
      minZoom={0.1}
    >
      <Background gap={20} size={1} />
      <Controls showInteractive={false} />
      <MiniMap<FlowNode> pannable zoomable nodeColor={minimapColor} style={{ width: 140, height: 90 }} />
    </ReactFlow>
  );
}
