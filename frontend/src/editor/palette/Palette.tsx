import { ActionIcon, Anchor, Box, Group, Loader, ScrollArea, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useChannels } from '../../api/channels.js';
import { PaletteEntry } from './PaletteEntry.js';
import { NODE_META } from '../nodes/nodeMeta.js';
import { paletteItems, searchPalette, type PaletteItem } from './paletteItems.js';

/** The steps and channels to drag onto the canvas; folds to a rail (by default on narrow screens) to give the canvas room. */
export function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  const narrow = useMediaQuery('(max-width: 1199px)', false, { getInitialValueInEffect: false });
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const [query, setQuery] = useState('');
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
  const items = searchPalette(paletteItems(channels.data ?? []), query, (item) => `${NODE_META[item.type].title} ${NODE_META[item.type].hint}`);
  const steps = items.filter((i) => i.type !== 'send');
  const sends = items.filter((i) => i.type === 'send');
  return (
    <ScrollArea w={210} style={{ borderRight: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-color-default-hover)' }}>
      <Stack gap={6} p="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">Steps</Text>
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Hide palette" onClick={() => setCollapsed(true)}><IconLayoutSidebarLeftCollapse size={16} /></ActionIcon>
        </Group>
        <TextInput
          size="xs"
          placeholder="Search steps and channels"
          aria-label="Search steps and channels"
          leftSection={<IconSearch size={14} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter adds the first match, so a step can be added without the mouse.
            if (e.key === 'Enter' && items[0]) {
              e.preventDefault();
              onAdd(items[0]);
              setQuery('');
            } else if (e.key === 'Escape') setQuery('');
          }}
        />
        {items.length === 0 && <Text size="xs" c="dimmed">Nothing matches “{query}”.</Text>}
        {steps.map((item) => <PaletteEntry key={item.key} item={item} onAdd={onAdd} />)}
        {(sends.length > 0 || !query) && <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="sm">Send to</Text>}
        {channels.isPending && <Loader size="xs" />}
        {channels.isError && <Text size="xs" c="red">Channels did not load: {channels.error.message}</Text>}
        {channels.data?.length === 0 && !query && (
          <Text size="xs" c="dimmed">
            No channels yet. <Anchor component={Link} to="/channels" size="xs">Add one</Anchor> to send anywhere.
          </Text>
        )}
        {sends.map((item) => <PaletteEntry key={item.key} item={item} onAdd={onAdd} />)}
      </Stack>
    </ScrollArea>
  );
}
