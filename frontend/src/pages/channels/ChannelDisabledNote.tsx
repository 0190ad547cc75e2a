import { Button, Group, Text, Tooltip } from '@mantine/core';
import { useChannelMutations, type Channel } from '../../api/channels.js';

/**
 * Why and since when the worker disabled this channel, with the way out. Disabled sends fail (they are not
 * held like paused ones), so the reason is what the user needs to fix before pressing Enable.
 */
export function ChannelDisabledNote({ channel }: { channel: Channel }) {
  const { enable } = useChannelMutations();
  if (!channel.disabledAt) return null;
  const since = new Date(channel.disabledAt).toLocaleString();
  return (
    <Group gap={6} wrap="nowrap" data-testid="disabled-note">
      <Tooltip label={`Disabled ${since}; deliveries fail until it is enabled`} multiline maw={320}>
        <Text size="xs" c="red.8" lineClamp={2} maw={260}>{channel.disabledReason ?? 'disabled'} · {since}</Text>
      </Tooltip>
      <Button size="compact-xs" variant="light" loading={enable.isPending} onClick={() => enable.mutate(channel.id)}>Enable</Button>
    </Group>
  );
}
