import { ActionIcon, Autocomplete, Group, Select, Stack, Tooltip } from '@mantine/core';
import { readField, type FilterOperator, type FilterRule, type SignalboxEvent } from '@signalbox/route-model';
import { IconX } from '@tabler/icons-react';
import { withField, withOperator } from './conditionTree.js';
import { ConditionValueInput } from './ConditionValueInput.js';
import { previewValue, type FieldPath } from './flattenPaths.js';
import { operatorOptions } from './operatorLabels.js';

interface Props {
  rule: FilterRule;
  fields: FieldPath[];
  sample: SignalboxEvent | null;
  onChange: (rule: FilterRule) => void;
  onRemove: () => void;
}

export function ConditionRuleRow({ rule, fields, sample, onChange, onRemove }: Props) {
  const sampleValue = sample ? readField(sample, rule.field) : undefined;
  return (
    <Stack gap={4} p={6} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 6, background: 'var(--mantine-color-body)' }} data-testid="condition-rule">
      <Group gap={4} wrap="nowrap">
        <Autocomplete
          size="xs"
          aria-label="Field"
          placeholder="field, e.g. data.status"
          value={rule.field}
          onChange={(field) => onChange(withField(rule, field))}
          data={fields.map((f) => f.path)}
          renderOption={({ option }) => (
            <Group justify="space-between" w="100%" wrap="nowrap" gap="xs">
              <span style={{ fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 }}>{option.value}</span>
              <span style={{ color: 'var(--mantine-color-gray-6)', fontSize: 11 }}>{previewValue(fields.find((f) => f.path === option.value)?.value)}</span>
            </Group>
          )}
          limit={60}
          maxDropdownHeight={260}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Tooltip label="Remove condition">
          <ActionIcon size="sm" variant="subtle" color="gray" onClick={onRemove} aria-label="Remove condition"><IconX size={14} /></ActionIcon>
        </Tooltip>
      </Group>
      <Group gap={4} wrap="nowrap">
        <Select
          size="xs"
          aria-label="Operator"
          data={operatorOptions}
          value={rule.operator}
          onChange={(op) => op && onChange(withOperator(rule, op as FilterOperator))}
          allowDeselect={false}
          w={140}
        />
        <ConditionValueInput rule={rule} sample={sampleValue} onChange={(value) => onChange({ ...rule, value })} />
      </Group>
    </Stack>
  );
}
