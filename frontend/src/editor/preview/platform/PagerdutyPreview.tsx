import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';

export interface PagerdutyEventView {
  event_action: string;
  dedup_key?: string;
  payload?: { summary: string; source: string; severity: string; timestamp?: string; component?: string; group?: string; class?: string; custom_details?: Record<string, unknown> };
  links?: Array<{ href: string; text: string }>;
}

// PagerDuty's own severity colours, darkened where needed for readable text.
const SEVERITY_COLOR: Record<string, string> = { critical: 'red', error: 'orange', warning: 'yellow', info: 'blue' };

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function Detail({ label, value }: { label: string; value?: string }) {
  if (!value) return null;
  return <Table.Tr><Table.Th w={110} fz="xs" c="dimmed" fw={500}>{label}</Table.Th><Table.Td fz="xs">{value}</Table.Td></Table.Tr>;
}

/** The Events API v2 event as PagerDuty's alert page shows it: summary, severity, source, component, custom details. */
export function PagerdutyPreview({ event }: { event: PagerdutyEventView }) {
  const p = event.payload;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="preview-pagerduty" style={{ borderLeft: '4px solid #06ac38' }}>
      <Stack gap={6}>
        <Group gap={6}>
          <Badge size="sm" color="green" variant="filled" style={{ background: '#048a24' }}>PagerDuty</Badge>
          <Badge size="sm" variant="outline" color="gray" data-testid="pagerduty-action">{event.event_action}</Badge>
          {p && <Badge size="sm" color={SEVERITY_COLOR[p.severity] ?? 'gray'} data-testid="pagerduty-severity">{p.severity}</Badge>}
        </Group>
        {p ? <Text fw={700} size="sm" data-testid="pagerduty-summary">{p.summary}</Text>
          : <Text size="sm">{event.event_action === 'resolve' ? 'Resolves' : 'Acknowledges'} the open alert with this dedup key; PagerDuty ignores any other field.</Text>}
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            <Detail label="Source" value={p?.source} />
            <Detail label="Component" value={p?.component} />
            <Detail label="Group" value={p?.group} />
            <Detail label="Class" value={p?.class} />
            <Detail label="Timestamp" value={p?.timestamp} />
            <Detail label="Dedup key" value={event.dedup_key || '(the delivery id, filled in at send time)'} />
          </Table.Tbody>
        </Table>
        {p?.custom_details && Object.keys(p.custom_details).length > 0 && (
          <>
            <Text size="xs" fw={600}>Custom details</Text>
            <Table withTableBorder verticalSpacing={2} data-testid="pagerduty-details">
              <Table.Tbody>
                {Object.entries(p.custom_details).map(([k, v]) => (
                  <Table.Tr key={k}><Table.Td fz="xs" c="dimmed" w={110}>{k}</Table.Td><Table.Td fz="xs" style={{ wordBreak: 'break-word' }}>{show(v)}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {event.links?.map((l) => <Anchor key={l.href} href={l.href} target="_blank" size="xs">{l.text}</Anchor>)}
      </Stack>
    </Paper>
  );
}
