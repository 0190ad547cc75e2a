import { Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { channelsApi } from '../../api/channels.js';

/** Sends the plugin's test message and shows what came back: status, latency, error. */
export function ChannelTestButton({ channelId }: { channelId: string }) {
  const test = useMutation({ mutationFn: () => channelsApi.test(channelId) });
  const result = test.data;
  return (
    <Popover opened={!!result || test.isError} onChange={(open) => !open && test.reset()} position="bottom-end" withArrow shadow="md" width={300}>
      <Popover.Target>
        <Button size="compact-xs" variant="light" leftSection={<IconPlugConnected size={12} />} loading={test.isPending} onClick={() => test.mutate()}>Test</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} data-testid="channel-test-result">
          {result && (
            <>
              <Group gap={6}>
                <Badge color={result.ok ? 'green' : 'red'}>{result.ok ? 'delivered' : 'failed'}</Badge>
                {result.statusCode !== undefined && <Text size="xs">HTTP {result.statusCode}</Text>}
                {result.latencyMs !== undefined && <Text size="xs" c="dimmed">{Math.round(result.latencyMs)} ms</Text>}
              </Group>
              {result.error && <Text size="xs" c="red" style={{ wordBreak: 'break-word' }}>{result.error}</Text>}
            </>
          )}
          {test.isError && <Text size="xs" c="red">{test.error.message}</Text>}
          <Button size="compact-xs" variant="subtle" onClick={() => test.reset()}>Close</Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
