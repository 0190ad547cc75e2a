import type { ConditionGroup, FilterOperator, FilterRule } from '@signalbox/route-model';

export type ConditionItem = FilterRule | ConditionGroup;
export const isGroup = (item: ConditionItem): item is ConditionGroup => 'combinator' in item;

export const newRule = (field = 'severity'): FilterRule => ({ field, operator: 'equals', value: '' });
export const newGroup = (): ConditionGroup => ({ combinator: 'or', rules: [newRule()] });

/** Replaces the item at `index` of a group (immutably); `null` removes it. */
export function replaceAt(group: ConditionGroup, index: number, item: ConditionItem | null): ConditionGroup {
  const rules = [...group.rules];
  if (item === null) rules.splice(index, 1);
  else rules[index] = item;
  return { ...group, rules };
}

/**
 * Switching operator keeps the value when it still makes sense and reshapes it when not:
 * lists for in/not_in, nothing for exists, a severity for severity_at_least.
 */
export function withOperator(rule: FilterRule, operator: FilterOperator): FilterRule {
  const { value } = rule;
  switch (operator) {
    case 'in':
    case 'not_in':
      return { ...rule, operator, value: Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value] };
    case 'exists':
      return { field: rule.field, operator };
    case 'severity_at_least':
      return { ...rule, operator, value: typeof value === 'string' && ['critical', 'high', 'warning', 'info'].includes(value) ? value : 'warning' };
    default:
      return { ...rule, operator, value: Array.isArray(value) ? (value[0] ?? '') : (value ?? '') };
  }
}

/** A new field makes the old operator and value meaningless (a severity level on `data.count`): start over. */
export function withField(rule: FilterRule, field: string): FilterRule {
  return field === rule.field ? rule : { field, operator: 'equals', value: '' };
}

/** Text typed for a field whose sample value is a number is stored as a number (cleaner JSON, same result). */
export function coerceValue(text: string, sample: unknown): unknown {
  if (typeof sample === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof sample === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
