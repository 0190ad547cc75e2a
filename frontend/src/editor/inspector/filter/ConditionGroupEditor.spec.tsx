import type { ConditionGroup } from '@signalbox/route-model';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders.js';
import { ConditionGroupEditor } from './ConditionGroupEditor.js';
import { withOperator } from './conditionTree.js';
import { flattenPaths } from './flattenPaths.js';
import { deployFailed } from '../../../testing/fixtures.js';

let latest: ConditionGroup;
function Harness({ initial }: { initial: ConditionGroup }) {
  const [group, setGroup] = useState(initial);
  latest = group;
  return <ConditionGroupEditor group={group} fields={flattenPaths(deployFailed.sample)} sample={deployFailed.sample} onChange={setGroup} />;
}

describe('condition builder', () => {
  it('adds conditions and nested groups, and removes them', () => {
    renderWithProviders(<Harness initial={{ combinator: 'and', rules: [] }} />);
    expect(screen.getByText(/every event passes/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Condition' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Group' })[0]!);
    expect(latest.rules).toEqual([
      { field: 'severity', operator: 'equals', value: '' },
      { combinator: 'or', rules: [{ field: 'severity', operator: 'equals', value: '' }] },
    ]);
    expect(screen.getByTestId('condition-group-1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove group' }));
    expect(latest.rules).toHaveLength(1);
  });

  it('edits the field and value of a rule, coerces numbers like the sample, and resets operator and value on a new field', () => {
    renderWithProviders(<Harness initial={{ combinator: 'and', rules: [{ field: 'data.attempt', operator: 'gte', value: '' }] }} />);
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '2' } });
    expect(latest.rules[0]).toEqual({ field: 'data.attempt', operator: 'gte', value: 2 });
    // A new field resets the operator and value: "≥ 2" means nothing for data.env.
    fireEvent.change(document.querySelector('input[aria-label="Field"]')!, { target: { value: 'data.env' } });
    expect(latest.rules[0]).toEqual({ field: 'data.env', operator: 'equals', value: '' });
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'prod' } });
    expect(latest.rules[0]).toEqual({ field: 'data.env', operator: 'equals', value: 'prod' });
  });

  it('reshapes the value when the operator changes', () => {
    const rule = { field: 'data.env', operator: 'equals' as const, value: 'prod' };
    expect(withOperator(rule, 'in')).toEqual({ field: 'data.env', operator: 'in', value: ['prod'] });
    expect(withOperator(rule, 'exists')).toEqual({ field: 'data.env', operator: 'exists' });
    expect(withOperator(rule, 'severity_at_least').value).toBe('warning');
    expect(withOperator({ ...rule, operator: 'in', value: ['a', 'b'] }, 'equals').value).toBe('a');
  });

  it('offers every sample path, arrays included, as a field', () => {
    expect(flattenPaths(deployFailed.sample).map((f) => f.path)).toEqual(
      expect.arrayContaining(['type', 'severity', 'data', 'data.service', 'data.tags', 'data.tags.0']),
    );
  });
});
