import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';

export type OpsgeniePayloadView =
  | { action: 'create'; alert: { message: string; alias: string; description: string; tags: string[]; details: Record<string, string>; entity?: string; source: string; priority: string } }
  | { action: 'close'; alias: string; body: { source: string; note: string } };

// Opsgenie's priority colours: P1 red … P5 grey.
const PRIORITY_COLOR: Record<string, string> = { P1: 'red', P2: 'orange', P3: 'yellow', P4: 'blue', P5: 'gray' };

/** The Opsgenie alert the plugin opens (or the close it sends), laid out like Opsgenie's alert detail. */
export function OpsgeniePreview({ payload }: { payload: OpsgeniePayloadView }) {
  if (payload.action === 'close') {
    return (
      <Paper withBorder radius="md" p="sm" data-testid="preview-opsgenie">
        <Text size="sm" fw={600}>Closes alert <Text span ff="monospace" size="sm">{payload.alias}</Text></Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{payload.body.note}</Text>
      </Paper>
    );
  }
  const a = payload.alert;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="preview-opsgenie" style={{ borderLeft: '4px solid #2684ff' }}>
      <Stack gap={6}>
        <Group gap={6}>
          <Badge size="sm" color={PRIORITY_COLOR[a.priority] ?? 'gray'} data-testid="opsgenie-priority">{a.priority}</Badge>
          <Text size="xs" c="dimmed">{a.source}</Text>
        </Group>
        <Text fw={700} size="sm">{a.message}</Text>
        {a.description && <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Text>}
        <Group gap={4}>{a.tags.map((t) => <Badge key={t} size="xs" variant="outline" color="gray">{t}</Badge>)}</Group>
        <Table withTableBorder verticalSpacing={2}>
          <Table.Tbody>
            <Table.Tr><Table.Td fz="xs" c="dimmed" w={110}>Alias</Table.Td><Table.Td fz="xs" ff="monospace">{a.alias}</Table.Td></Table.Tr>
            {a.entity && <Table.Tr><Table.Td fz="xs" c="dimmed">Entity</Table.Td><Table.Td fz="xs">{a.entity}</Table.Td></Table.Tr>}
            {Object.entries(a.details).map(([k, v]) => <Table.Tr key={k}><Table.Td fz="xs" c="dimmed">{k}</Table.Td><Table.Td fz="xs">{v}</Table.Td></Table.Tr>)}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
