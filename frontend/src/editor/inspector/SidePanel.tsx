import { ActionIcon, Group, ScrollArea, Text, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The editor's right-hand panel: the canvas stays visible and usable beside it (a drawer, not a modal). */
export function SidePanel({ title, width = 380, onClose, actions, children }: { title: ReactNode; width?: number; onClose: () => void; actions?: ReactNode; children: ReactNode }) {
  return (
    // Never more than ~36% of the window, so the canvas keeps most of a 1024 px screen.
    <aside style={{ width: `min(${width}px, 36vw)`, flexShrink: 0, display: 'flex', flexDirection: 'column', borderLeft: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-color-body)' }} aria-label="Side panel">
      <Group justify="space-between" px="sm" py={8} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text component="div" fw={600} size="sm" style={{ minWidth: 0, flex: 1 }}>{title}</Text>
        <Group gap={4} wrap="nowrap">
          {actions}
          <Tooltip label="Close">
            <ActionIcon variant="subtle" color="gray" onClick={onClose} aria-label="Close panel"><IconX size={16} /></ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <div style={{ padding: 12 }}>{children}</div>
      </ScrollArea>
    </aside>
  );
}
