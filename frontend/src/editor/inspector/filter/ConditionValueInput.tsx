import { Select, TagsInput, TextInput } from '@mantine/core';
import { SEVERITIES, type FilterRule } from '@signalbox/route-model';
import { coerceValue } from './conditionTree.js';

/** The value widget follows the operator: a list, a severity, nothing, or free text. */
export function ConditionValueInput({ rule, sample, onChange }: { rule: FilterRule; sample: unknown; onChange: (value: unknown) => void }) {
  switch (rule.operator) {
    case 'exists':
      return null;
    case 'in':
    case 'not_in':
      return (
        <TagsInput size="xs" aria-label="Values" placeholder="Add values" value={Array.isArray(rule.value) ? rule.value.map(String) : []}
          onChange={(values) => onChange(values.map((v) => coerceValue(v, sample)))} style={{ flex: 1 }} />
      );
    case 'severity_at_least':
      return <Select size="xs" aria-label="Severity" data={[...SEVERITIES]} value={String(rule.value ?? 'warning')} onChange={(v) => onChange(v ?? 'warning')} allowDeselect={false} style={{ flex: 1 }} />;
    default:
      return (
        <TextInput size="xs" aria-label="Value" placeholder={rule.operator === 'matches' ? '^prod-' : sample === undefined ? 'value' : String(sample)}
          value={rule.value === undefined || rule.value === null ? '' : String(rule.value)}
          onChange={(e) => onChange(coerceValue(e.currentTarget.value, sample))}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} style={{ flex: 1 }} />
      );
  }
}
