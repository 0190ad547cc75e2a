import { Badge, Checkbox, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import type { SubscriptionGroupData } from './subscriptionsApi.js';

interface Props {
  group: SubscriptionGroupData;
  ticked: ReadonlySet<string>;
  onChange: (types: string[], subscribed: boolean) => void;
}

/** One product's event types: a select-all header, then a row per type with its description, default and 24 h count. */
export function SubscriptionGroup({ group, ticked, onChange }: Props) {
  const types = group.types.map((t) => t.type);
  const count = types.filter((t) => ticked.has(t)).length;
  const headingId = `subscriptions-${group.system.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group gap="sm">
          <Checkbox
            aria-label={`All ${group.system} events`}
            checked={count === types.length}
            indeterminate={count > 0 && count < types.length}
            onChange={() => onChange(types, count < types.length)}
          />
          <Title order={4} id={headingId} fz="md">{group.system}</Title>
        </Group>
        <Text size="sm" c="dimmed">{count} of {types.length} subscribed</Text>
      </Group>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Tbody>
          {group.types.map((t) => (
            <Table.Tr key={t.type}>
              <Table.Td w={40} pl="md">
                <Checkbox aria-label={t.type} checked={ticked.has(t.type)} onChange={(e) => onChange([t.type], e.currentTarget.checked)} />
              </Table.Td>
              <Table.Td w={330}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" ff="monospace" fw={500}>{t.type}</Text>
                  {t.subscribedByDefault && (
                    <Tooltip label={`${group.system} subscribes new endpoints to this event by default`}>
                      <Badge size="xs" variant="light" color="blue">default</Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td><Text size="sm">{t.description}</Text></Table.Td>
              <Table.Td w={110} ta="right" pr="md">
                <Text size="sm" c={t.events24h ? undefined : 'dimmed'} data-testid={`count-${t.type}`}>{t.events24h} in 24 h</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
