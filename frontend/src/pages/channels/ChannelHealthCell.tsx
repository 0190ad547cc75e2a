import { Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import type { Channel } from '../../api/channels.js';
import { useChannelRecentDeliveries } from '../../api/deliveries.js';
import { formatPercent, timeAgo } from '../../shared/formatTime.js';
import { channelHealth } from './channelHealth.js';

/** Recent routed deliveries, and the last Test (from the list or the form): a test is the first sign of a wrong URL. */
export function ChannelHealthCell({ channelId, lastTest }: { channelId: string; lastTest: Channel['lastTest'] | undefined }) {
  const recent = useChannelRecentDeliveries(channelId);
  const test = lastTest && (
    <Tooltip label={lastTest.error ?? `Accepted in ${lastTest.latencyMs} ms`} multiline maw={320}>
      <Text size="xs" c={lastTest.ok ? 'dimmed' : 'red.9'} data-testid="channel-last-test">
        test {lastTest.ok ? 'ok' : 'failed'}{lastTest.statusCode !== undefined ? ` (HTTP ${lastTest.statusCode})` : ''} {timeAgo(lastTest.at)}
      </Text>
    </Tooltip>
  );
  let deliveries;
  if (recent.isPending) deliveries = <Loader size="xs" />;
  else if (recent.isError) deliveries = <Text size="xs" c="dimmed">—</Text>;
  else {
    const health = channelHealth(recent.data.items);
    const rate = health.failureRate ?? 0;
    deliveries = !health.sample ? (
      <Text size="xs" c="dimmed">no deliveries yet</Text>
    ) : (
      <Tooltip label={`Over the last ${health.sample} finished deliveries`}>
        <Group gap={8} wrap="nowrap">
          <Text size="xs" c={rate > 0.2 ? 'red' : rate > 0 ? 'orange' : 'green'} fw={500}>{formatPercent(rate)} failed</Text>
          <Text size="xs" c="dimmed">last ok {timeAgo(health.lastSuccessAt)}</Text>
        </Group>
      </Tooltip>
    );
  }
  return <Stack gap={2}>{deliveries}{test}</Stack>;
}
