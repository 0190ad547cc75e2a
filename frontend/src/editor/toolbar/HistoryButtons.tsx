import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconLayoutDistributeHorizontal, IconTrash } from '@tabler/icons-react';
import { useReactFlow } from '@xyflow/react';
import { useStore } from 'zustand';
import { FIT_VIEW } from '../canvas/viewport.js';
import { useEditorStore } from '../store/editorStore.js';

/** Undo / redo / delete / auto-layout: the canvas verbs, each with its shortcut in the tooltip. */
export function HistoryButtons() {
  const canUndo = useStore(useEditorStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditorStore.temporal, (s) => s.futureStates.length > 0);
  const hasSelection = useEditorStore((s) => s.nodes.some((n) => n.selected) || s.edges.some((e) => e.selected));
  const temporal = useEditorStore.temporal.getState();
  const { fitView } = useReactFlow();
  const layout = () => {
    useEditorStore.getState().layout();
    // Let React Flow place the moved nodes before framing them.
    requestAnimationFrame(() => void fitView({ ...FIT_VIEW, duration: 300 }));
  };
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label="Undo (Ctrl+Z)">
        <ActionIcon variant="default" aria-label="Undo" disabled={!canUndo} onClick={() => temporal.undo()}><IconArrowBackUp size={16} /></ActionIcon>
      </Tooltip>
      <Tooltip label="Redo (Ctrl+Shift+Z)">
        <ActionIcon variant="default" aria-label="Redo" disabled={!canRedo} onClick={() => temporal.redo()}><IconArrowForwardUp size={16} /></ActionIcon>
      </Tooltip>
      <Tooltip label="Delete selection (Delete)">
        <ActionIcon variant="default" aria-label="Delete selection" disabled={!hasSelection} onClick={() => useEditorStore.getState().deleteSelection()}><IconTrash size={16} /></ActionIcon>
      </Tooltip>
      <Tooltip label="Auto-layout">
        <ActionIcon variant="default" aria-label="Auto-layout" onClick={layout}><IconLayoutDistributeHorizontal size={16} /></ActionIcon>
      </Tooltip>
    </Group>
  );
}
