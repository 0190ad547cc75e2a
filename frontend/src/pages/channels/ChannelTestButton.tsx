import { Button, Popover, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { channelsApi } from '../../api/channels.js';
import { ChannelTestOutcome } from './ChannelTestOutcome.js';

/** Sends the plugin's test message and shows what came back; the outcome becomes the channel's last test (Health). */
export function ChannelTestButton({ channelId }: { channelId: string }) {
  const queryClient = useQueryClient();
  const test = useMutation({ mutationFn: () => channelsApi.test(channelId), onSettled: () => queryClient.invalidateQueries({ queryKey: ['channels'] }) });
  const result = test.data;
  return (
    <Popover opened={!!result || test.isError} onChange={(open) => !open && test.reset()} position="bottom-end" withArrow shadow="md" width={300}>
      <Popover.Target>
        <Button size="compact-xs" variant="light" leftSection={<IconPlugConnected size={12} />} loading={test.isPending} onClick={() => test.mutate()}>Test</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} data-testid="channel-test-result">
          {result && <ChannelTestOutcome result={result} />}
          {test.isError && <Text size="xs" c="red">{test.error.message}</Text>}
          <Button size="compact-xs" variant="subtle" onClick={() => test.reset()}>Close</Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
