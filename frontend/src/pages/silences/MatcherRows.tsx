import { ActionIcon, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MATCHER_OPERATORS, type MatcherOperator, type SilenceMatcher } from '@signalbox/route-model';

const FIELDS = ['type', 'source', 'subject', 'severity', 'id', 'data.'];

/** Matcher rows in Alertmanager's grammar: field, operator, value. Every row must hold for an event to match. */
export function MatcherRows({ matchers, onChange, errorFor }: { matchers: SilenceMatcher[]; onChange: (next: SilenceMatcher[]) => void; errorFor: (path: string) => string | undefined }) {
  const set = (i: number, patch: Partial<SilenceMatcher>) => onChange(matchers.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Stack gap="xs">
      {matchers.map((m, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput aria-label={`Matcher ${i + 1} field`} placeholder="type or data.env" value={m.name} onChange={(e) => set(i, { name: e.currentTarget.value })}
            error={errorFor(`matchers[${i}].name`)} style={{ flex: 2 }} list="silence-matcher-fields" />
          <Select aria-label={`Matcher ${i + 1} operator`} data={[...MATCHER_OPERATORS]} value={m.op} onChange={(op) => op && set(i, { op: op as MatcherOperator })} allowDeselect={false} w={80} />
          <TextInput aria-label={`Matcher ${i + 1} value`} placeholder={m.op.includes('~') ? 'regex, e.g. prod|staging' : 'value'} value={m.value}
            onChange={(e) => set(i, { value: e.currentTarget.value })} error={errorFor(`matchers[${i}].value`)} style={{ flex: 3 }} />
          <ActionIcon variant="subtle" color="gray" aria-label={`Remove matcher ${i + 1}`} disabled={matchers.length === 1} onClick={() => onChange(matchers.filter((_, j) => j !== i))} mt={6}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <datalist id="silence-matcher-fields">{FIELDS.map((f) => <option key={f} value={f} />)}</datalist>
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...matchers, { name: '', op: '=', value: '' }])} style={{ alignSelf: 'flex-start' }}>
        Add matcher
      </Button>
    </Stack>
  );
}
