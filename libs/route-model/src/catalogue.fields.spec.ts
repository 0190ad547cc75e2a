import { describe, expect, it } from 'vitest';
import { eventCatalogue, fieldPaths, isKnownField, unknownFieldIssues } from './catalogue.js';
import type { RouteGraph } from './route.schema.js';

describe('fieldPaths', () => {
  it('lists leaf dot paths under data, arrays as *', () => {
    expect(fieldPaths({ service: { name: 'api', tags: ['a', 'b'] }, checks: [{ ok: true }, { ok: false, ms: 3 }], empty: {} })).toEqual([
      'data.checks.*.ms', 'data.checks.*.ok', 'data.empty', 'data.service.name', 'data.service.tags.*',
    ]);
  });

  it('gives built-in entries their sample\'s paths', () => {
    const balance = eventCatalogue().find((e) => e.type === 'balance.low')!;
    expect(balance.fields).toContain('data.details.current_balance');
  });
});

describe('isKnownField', () => {
  const known = new Set(['data.service.name', 'data.checks.*.ok']);
  it.each([
    ['severity', true], ['event.subject', true], ['data', true], ['data.service', true], ['data.service.name', true],
    ['data.checks[1].ok', true], ['event.data.checks.0.ok', true], ['data.service.nmae', false], ['data.region', false], ['nonsense', false],
  ])('%s → %s', (path, expected) => {
    expect(isKnownField(path, known)).toBe(expected);
  });
});

describe('unknownFieldIssues', () => {
  const graph = (eventTypes: string[], fields: string[]): RouteGraph => ({
    nodes: [
      { id: 'trigger', type: 'trigger', config: { eventTypes } },
      { id: 'f1', type: 'filter', label: 'Prod', config: { condition: { combinator: 'and', rules: [
        { field: fields[0]!, operator: 'exists' },
        { combinator: 'or', rules: fields.slice(1).map((field) => ({ field, operator: 'exists' as const })) },
      ] } } },
    ],
    edges: [{ source: 'trigger', target: 'f1' }],
  });
  const samples = [
    { type: 'deploy.success', source: 'panel', fields: ['data.service'] },
    { type: 'billing', source: 'nest', fields: ['data.amount'] },
  ];

  it('flags a field no sample of the trigger\'s types has, on the filter node, with its path', () => {
    expect(unknownFieldIssues(graph(['deploy.*'], ['data.service', 'data.amount', 'severity']), samples)).toEqual([{
      nodeId: 'f1',
      path: 'nodes[1].config.condition.rules[1].rules[0].field',
      message: expect.stringContaining('Filter node "Prod" (f1): field "data.amount" appears in no sample'),
    }]);
  });

  it('judges nothing when no sample matches the trigger', () => {
    expect(unknownFieldIssues(graph(['other.type'], ['data.whatever']), samples)).toEqual([]);
  });
});
