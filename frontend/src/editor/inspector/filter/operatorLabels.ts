import { FILTER_OPERATORS, type FilterOperator } from '@signalbox/route-model';

export const OPERATOR_LABELS: Record<FilterOperator, string> = {
  equals: 'equals',
  not_equals: 'does not equal',
  in: 'is one of',
  not_in: 'is none of',
  contains: 'contains',
  starts_with: 'starts with',
  matches: 'matches regex',
  exists: 'exists',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  severity_at_least: 'severity at least',
};

export const operatorOptions = FILTER_OPERATORS.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }));
