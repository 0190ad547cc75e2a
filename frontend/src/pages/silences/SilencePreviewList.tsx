import { Alert, Loader, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { SilenceMatcher } from '@signalbox/route-model';
import { formatDateTime } from '../../shared/formatTime.js';
import { silencesApi } from './silencesApi.js';

/** Live: which of the last 24 h's events these matchers would have matched, as the server (same matcher code) says. */
export function SilencePreviewList({ matchers }: { matchers: SilenceMatcher[] }) {
  const [debounced] = useDebouncedValue(matchers, 300);
  const complete = debounced.filter((m) => m.name.trim() !== '');
  const preview = useQuery({
    queryKey: ['silences', 'preview', complete],
    queryFn: () => silencesApi.preview({ matchers: complete }),
    enabled: complete.length > 0,
    retry: false,
  });
  if (complete.length === 0) return <Text size="sm" c="dimmed">Add a matcher to see which recent events it matches.</Text>;
  if (preview.isPending) return <Loader size="sm" />;
  if (preview.isError) return <Alert color="red" title="Cannot preview">{preview.error.message}</Alert>;
  const { matched, scanned, truncated, events } = preview.data;
  return (
    <Stack gap={4} data-testid="silence-preview">
      <Text size="sm" fw={500}>
        {matched} of {scanned} events in the last 24 h would have been silenced{truncated ? ' (only the newest were checked)' : ''}
      </Text>
      {events.length > 0 && (
        <Table fz="xs" verticalSpacing={2}>
          <Table.Tbody>
            {events.slice(0, 10).map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.receivedAt)}</Table.Td>
                <Table.Td>{e.type}</Table.Td>
                <Table.Td>{e.severity}</Table.Td>
                <Table.Td>{e.subject ?? e.source}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
