import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { DragEvent } from 'react';
import { NODE_META } from '../nodes/nodeMeta.js';
import { DRAG_MIME, type PaletteItem } from './paletteItems.js';

/** Draggable onto the canvas; Enter or click adds it at the centre of the view (keyboard users need that). */
export function PaletteEntry({ item, onAdd }: { item: PaletteItem; onAdd: (item: PaletteItem) => void }) {
  const meta = NODE_META[item.type];
  const Icon = meta.icon;
  function onDragStart(event: DragEvent) {
    event.dataTransfer.setData(DRAG_MIME, JSON.stringify(item));
    event.dataTransfer.effectAllowed = 'move';
  }
  return (
    <UnstyledButton
      draggable
      onDragStart={onDragStart}
      onClick={() => onAdd(item)}
      // The visible text is the accessible name ("Filter …"); the title says what a click does.
      title="Click or drag to add to the canvas"
      p={6}
      style={{ borderRadius: 8, border: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-color-body)', cursor: 'grab' }}
    >
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={26} variant="light" color={meta.color}><Icon size={15} /></ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate>{item.type === 'send' ? item.label : meta.title}</Text>
          <Text size="xs" c="dimmed" truncate>{item.type === 'send' ? `Send · ${item.pluginId}` : meta.hint}</Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}
