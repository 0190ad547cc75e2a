import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import type { ConditionGroup, SignalboxEvent } from '@signalbox/route-model';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { isGroup, newGroup, newRule, replaceAt } from './conditionTree.js';
import { ConditionRuleRow } from './ConditionRuleRow.js';
import type { FieldPath } from './flattenPaths.js';

const MAX_DEPTH = 3;

interface Props {
  group: ConditionGroup;
  fields: FieldPath[];
  sample: SignalboxEvent | null;
  depth?: number;
  onChange: (group: ConditionGroup) => void;
  onRemove?: () => void;
}

/** An and/or group of conditions and nested groups; nesting is bounded so it stays readable. */
export function ConditionGroupEditor({ group, fields, sample, depth = 0, onChange, onRemove }: Props) {
  return (
    <Stack gap={6} p={depth ? 8 : 0} data-testid={`condition-group-${depth}`}
      style={depth ? { borderLeft: `3px solid var(--mantine-color-${group.combinator === 'and' ? 'teal' : 'orange'}-3)`, background: 'var(--mantine-color-gray-0)', borderRadius: 6 } : undefined}>
      <Group justify="space-between" gap={4}>
        <Group gap={6}>
          <SegmentedControl size="xs" value={group.combinator} onChange={(c) => onChange({ ...group, combinator: c as 'and' | 'or' })}
            data={[{ value: 'and', label: 'All (AND)' }, { value: 'or', label: 'Any (OR)' }]} aria-label="Combinator" />
          <Text size="xs" c="dimmed">{group.combinator === 'and' ? 'of these must hold' : 'one is enough'}</Text>
        </Group>
        {onRemove && (
          <Tooltip label="Remove group">
            <ActionIcon size="sm" variant="subtle" color="red" onClick={onRemove} aria-label="Remove group"><IconTrash size={14} /></ActionIcon>
          </Tooltip>
        )}
      </Group>
      {group.rules.length === 0 && <Text size="xs" c="dimmed">No conditions: every event passes.</Text>}
      {group.rules.map((item, index) =>
        isGroup(item) ? (
          <ConditionGroupEditor key={index} group={item} fields={fields} sample={sample} depth={depth + 1}
            onChange={(g) => onChange(replaceAt(group, index, g))} onRemove={() => onChange(replaceAt(group, index, null))} />
        ) : (
          <ConditionRuleRow key={index} rule={item} fields={fields} sample={sample}
            onChange={(r) => onChange(replaceAt(group, index, r))} onRemove={() => onChange(replaceAt(group, index, null))} />
        ),
      )}
      <Group gap={4}>
        <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={() => onChange({ ...group, rules: [...group.rules, newRule()] })}>Condition</Button>
        {depth < MAX_DEPTH && (
          <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconPlus size={12} />} onClick={() => onChange({ ...group, rules: [...group.rules, newGroup()] })}>Group</Button>
        )}
      </Group>
    </Stack>
  );
}
