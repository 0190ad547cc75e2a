import { describe, expect, it } from 'vitest';
import { withField } from './conditionTree.js';

describe('withField', () => {
  it('starts the operator and value over when the field changes', () => {
    expect(withField({ field: 'severity', operator: 'severity_at_least', value: 'high' }, 'data.count')).toEqual({ field: 'data.count', operator: 'equals', value: '' });
  });
  it('keeps the rule when the field is the same', () => {
    const rule = { field: 'severity', operator: 'in' as const, value: ['high'] };
    expect(withField(rule, 'severity')).toBe(rule);
  });
});
