import { Alert, Badge, Button, Code, CopyButton, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { hookUrlOf, useSource, useSourceMutations } from './sourcesApi.js';

/** One source: its hook URL (what to paste into the tool) and the deliveries it refused lately. */
export function SourceDrawer({ sourceId, onClose }: { sourceId: string | null; onClose: () => void }) {
  const source = useSource(sourceId);
  const { remove } = useSourceMutations();
  const data = source.data;
  return (
    <Drawer opened={sourceId !== null} onClose={onClose} position="right" size="lg" title={data?.name ?? 'Source'}>
      {source.isError && <Alert color="red">{source.error.message}</Alert>}
      {data && (
        <Stack>
          <div>
            <Text fw={500} size="sm">Hook URL</Text>
            <Text size="xs" c="dimmed">Configure the tool to POST its webhook here (no API key needed{data.verification === 'path-token' ? '; the URL holds a secret token' : `; verified by ${data.verification}`}).</Text>
            <Group gap="xs" wrap="nowrap">
              <Code aria-label="Hook URL" style={{ wordBreak: 'break-all' }}>{hookUrlOf(data)}</Code>
              <CopyButton value={hookUrlOf(data)}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
            </Group>
          </div>
          {data.secretHint && <Text size="sm">Signing secret: <Code>{data.secretHint}</Code></Text>}
          <Text size="sm">Last received: {data.lastReceivedAt ? new Date(data.lastReceivedAt).toLocaleString() : 'never'}</Text>
          <div>
            <Text fw={500} size="sm">Recent rejections</Text>
            {data.recentRejections.length === 0 ? <Text size="sm" c="dimmed">None</Text> : (
              <Table>
                <Table.Tbody>
                  {data.recentRejections.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td><Badge color="red" variant="light">{r.status}</Badge></Table.Td>
                      <Table.Td><Text size="xs">{new Date(r.receivedAt).toLocaleString()}</Text></Table.Td>
                      <Table.Td><Text size="xs">{r.reason}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
          <Group justify="flex-end">
            <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate(data.id, { onSuccess: onClose })}>Delete source</Button>
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
