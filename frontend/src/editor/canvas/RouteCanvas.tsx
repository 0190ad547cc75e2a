import { ActionIcon, Tooltip, useComputedColorScheme } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { Background, Controls, MiniMap, ReactFlow, useReactFlow, type IsValidConnection } from '@xyflow/react';
import { useCallback, useState, type DragEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { NODE_META } from '../nodes/nodeMeta.js';
import { nodeTypes } from '../nodes/nodeTypes.js';
import { DRAG_MIME, type PaletteItem } from '../palette/paletteItems.js';
import { useEditorStore } from '../store/editorStore.js';
import type { FlowNode } from '../graphAdapter.js';
import { NAV_KEYS, nextNode, type NavKey } from './keyboardNav.js';
import { dropSpot } from './placement.js';
import classes from './RouteCanvas.module.css';
import { ShortcutOverlay } from './ShortcutOverlay.js';
import { FIT_VIEW } from './viewport.js';

const minimapColor = (node: FlowNode) => `var(--mantine-color-${NODE_META[node.type].color}-4)`;

export function RouteCanvas() {
  const colorScheme = useComputedColorScheme('light');
  const nodes = useEditorStore((s) => s.nodes);
  const edges = useEditorStore((s) => s.edges);
  const { onNodesChange, onEdgesChange, onConnect, addNode, insertOnEdge, inspect, selectOnly } = useEditorStore.getState();
  const { screenToFlowPosition, setCenter, getZoom } = useReactFlow();
  const [keyboard, setKeyboard] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const onHelp = useCallback((open: boolean) => setHelpOpen(open), []);

  function onDrop(event: DragEvent) {
    const raw = event.dataTransfer.getData(DRAG_MIME);
    if (!raw) return;
    event.preventDefault();
    const item = JSON.parse(raw) as PaletteItem;
    const spot = dropSpot(screenToFlowPosition({ x: event.clientX, y: event.clientY }), useEditorStore.getState().nodes);
    // Dropped onto a connection: the new step goes between its two ends.
    const edgeId = document.elementsFromPoint(event.clientX, event.clientY).map((el) => el.closest('.react-flow__edge')?.getAttribute('data-id')).find(Boolean);
    if (edgeId) insertOnEdge(edgeId, item.type, spot, { channelId: item.channelId });
    else addNode(item.type, spot, { channelId: item.channelId });
  }

  function select(id: string) {
    selectOnly(id);
    const node = useEditorStore.getState().nodes.find((n) => n.id === id);
    if (node) void setCenter(node.position.x + (node.measured?.width ?? 240) / 2, node.position.y + (node.measured?.height ?? 72) / 2, { zoom: getZoom(), duration: 120 });
  }

  // The canvas is one tab stop; arrow keys walk the route, Enter inspects (Delete and undo are editor-wide).
  function onKeyDown(event: KeyboardEvent) {
    if (event.target !== event.currentTarget) return;
    const { nodes: all, edges: links } = useEditorStore.getState();
    const current = all.find((n) => n.selected)?.id ?? null;
    if (NAV_KEYS.includes(event.key) && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      setKeyboard(true);
      const next = nextNode(all, links, current, event.key as NavKey);
      if (next) select(next);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      inspect(current);
    }
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || !event.currentTarget.matches(':focus-visible')) return;
    setKeyboard(true);
    const { nodes: all, edges: links } = useEditorStore.getState();
    if (!all.some((n) => n.selected)) {
      const first = nextNode(all, links, null, 'ArrowDown');
      if (first) select(first);
    }
  }

  // One edge per pair; no edges into a trigger (it starts the route).
  const isValidConnection: IsValidConnection = (c) =>
    c.source !== c.target &&
    useEditorStore.getState().nodes.find((n) => n.id === c.target)?.type !== 'trigger' &&
    !useEditorStore.getState().edges.some((e) => e.source === c.source && e.target === c.target && (e.sourceHandle ?? null) === (c.sourceHandle ?? null));

  return (
    <div
      className={classes.canvas}
      tabIndex={0}
      role="group"
      aria-label="Route canvas: arrow keys move between steps, Enter opens the selected step, ? lists shortcuts"
      data-keyboard={keyboard || undefined}
      data-testid="route-canvas"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onPointerDown={() => setKeyboard(false)}
    >
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
        // One tab stop for the whole canvas instead of one per card and edge (64 Tabs to the first card before).
        nodesFocusable={false}
        edgesFocusable={false}
        colorMode={colorScheme}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
      >
        <Background gap={20} size={1} />
        <Controls showInteractive={false} />
        <MiniMap<FlowNode> pannable zoomable nodeColor={minimapColor} style={{ width: 180, height: 110 }} ariaLabel="Mini-map of the whole route" />
      </ReactFlow>
      <Tooltip label="Keyboard shortcuts (?)" position="left">
        <ActionIcon className={classes.help} variant="default" aria-label="Keyboard shortcuts" onClick={() => setHelpOpen(true)}>
          <IconKeyboard size={16} />
        </ActionIcon>
      </Tooltip>
      <ShortcutOverlay opened={helpOpen} onChange={onHelp} />
    </div>
  );
}
