import { Anchor, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useChannels } from '../../api/channels.js';
import { PaletteEntry } from './PaletteEntry.js';
import { paletteItems, type PaletteItem } from './paletteItems.js';

export function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  const channels = useChannels();
  const items = paletteItems(channels.data ?? []);
  const steps = items.filter((i) => i.type !== 'send');
  const sends = items.filter((i) => i.type === 'send');
  return (
    <ScrollArea w={210} style={{ borderRight: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-color-gray-0)' }}>
      <Stack gap={6} p="xs">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">Steps</Text>
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
