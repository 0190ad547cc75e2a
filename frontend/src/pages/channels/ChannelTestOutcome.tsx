import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ChannelTestResult } from '../../api/channels.js';

/** What a Test came back with: delivered or failed, the destination's status code, latency and error. */
export function ChannelTestOutcome({ result }: { result: ChannelTestResult }) {
  return (
    <Stack gap={4}>
      <Group gap={6}>
        <Badge color={result.ok ? 'green' : 'red'}>{result.ok ? 'delivered' : 'failed'}</Badge>
        {result.statusCode !== undefined && <Text size="xs">HTTP {result.statusCode}</Text>}
        {result.latencyMs !== undefined && <Text size="xs" c="dimmed">{Math.round(result.latencyMs)} ms</Text>}
      </Group>
      {result.error && <Text size="xs" c="red" style={{ wordBreak: 'break-word' }}>{result.error}</Text>}
    </Stack>
  );
}
