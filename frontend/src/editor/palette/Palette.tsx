import { ActionIcon, Anchor, Box, Group, Loader, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useChannels } from '../../api/channels.js';
import { PaletteEntry } from './PaletteEntry.js';
import { paletteItems, type PaletteItem } from './paletteItems.js';

/** The steps and channels to drag onto the canvas; folds to a rail (by default on narrow screens) to give the canvas room. */
export function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  const narrow = useMediaQuery('(max-width: 1199px)', false, { getInitialValueInEffect: false });
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const channels = useChannels();
  if (collapsed ?? narrow) {
    return (
      <Box w={40} pt={6} style={{ borderRight: '1px solid var(--mantine-color-default-border)', display: 'flex', justifyContent: 'center' }}>
        <Tooltip label="Show steps and channels" position="right">
          <ActionIcon variant="subtle" color="gray" aria-label="Show palette" onClick={() => setCollapsed(false)}><IconLayoutSidebarLeftExpand size={18} /></ActionIcon>
        </Tooltip>
      </Box>
    );
  }
  const items = paletteItems(channels.data ?? []);
  const steps = items.filter((i) => i.type !== 'send');
  const sends = items.filter((i) => i.type === 'send');
  return (
    <ScrollArea w={210} style={{ borderRight: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-color-default-hover)' }}>
      <Stack gap={6} p="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">Steps</Text>
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Hide palette" onClick={() => setCollapsed(true)}><IconLayoutSidebarLeftCollapse size={16} /></ActionIcon>
        </Group>
        {steps.map((item) => <PaletteEntry key={item.key} item={item} onAdd={onAdd} />)}
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="sm">Send to</Text>
        {channels.isPending && <Loader size="xs" />}
        {channels.isError && <Text size="xs" c="red">Channels did not load: {channels.error.message}</Text>}
        {channels.data?.length === 0 && (
          <Text size="xs" c="dimmed">
            No channels yet. <Anchor component={Link} to="/channels" size="xs">Add one</Anchor> to send anywhere.
          </Text>
        )}
        {sends.map((item) => <PaletteEntry key={item.key} item={item} onAdd={onAdd} />)}
      </Stack>
    </ScrollArea>
  );
}
