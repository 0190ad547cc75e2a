import { Group, Loader, Text, Tooltip } from '@mantine/core';
import { useChannelRecentDeliveries } from '../../api/deliveries.js';
import { formatPercent, timeAgo } from '../../shared/formatTime.js';
import { channelHealth } from './channelHealth.js';

export function ChannelHealthCell({ channelId }: { channelId: string }) {
  const recent = useChannelRecentDeliveries(channelId);
  if (recent.isPending) return <Loader size="xs" />;
  if (recent.isError) return <Text size="xs" c="dimmed">—</Text>;
  const health = channelHealth(recent.data.items);
  if (!health.sample) return <Text size="xs" c="dimmed">no deliveries yet</Text>;
  const rate = health.failureRate ?? 0;
  return (
    <Tooltip label={`Over the last ${health.sample} finished deliveries`}>
      <Group gap={8} wrap="nowrap">
        <Text size="xs" c={rate > 0.2 ? 'red' : rate > 0 ? 'orange' : 'green'} fw={500}>{formatPercent(rate)} failed</Text>
        <Text size="xs" c="dimmed">last ok {timeAgo(health.lastSuccessAt)}</Text>
      </Group>
    </Tooltip>
  );
}
