import { Code, Paper, Stack, Table, Text } from '@mantine/core';
import type { RequestPreview } from '../../../api/routes.js';

function prettyBody(request: RequestPreview | undefined, payload: unknown): string {
  const raw = request?.body ?? JSON.stringify((payload as { value?: unknown } | undefined)?.value ?? payload ?? null);
  try { return JSON.stringify(JSON.parse(raw), null, 2); } catch { return raw; }
}

/**
 * The HTTP request the webhook channel makes: method, headers (signature values are computed per attempt with
 * the secret, so they are described, never shown) and the JSON body, pretty-printed.
 */
export function WebhookPreview({ request, payload, host }: { request?: RequestPreview; payload: unknown; host?: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid="preview-webhook">
      <Stack gap={6}>
        <Text size="xs" ff="monospace" fw={600}>{request?.method ?? 'POST'} {host ?? 'your endpoint'}</Text>
        {request && (
          <Table withTableBorder verticalSpacing={2} data-testid="webhook-headers">
            <Table.Thead><Table.Tr><Table.Th fz="xs">Header</Table.Th><Table.Th fz="xs">Value</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {request.headers.map((h) => (
                <Table.Tr key={h.name}>
                  <Table.Td fz="xs" ff="monospace" style={{ whiteSpace: 'nowrap' }}>{h.name}</Table.Td>
                  <Table.Td fz="xs">
                    <Text span fz="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>{h.value}</Text>
                    {h.note && <Text fz={11} c="dimmed">{h.note}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" fw={600}>Body</Text>
        <Code block fz={10} mah={240} style={{ overflow: 'auto' }} tabIndex={0} aria-label="Request body" data-testid="webhook-body">{prettyBody(request, payload)}</Code>
      </Stack>
    </Paper>
  );
}
