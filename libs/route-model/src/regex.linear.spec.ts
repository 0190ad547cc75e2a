import { describe, expect, it } from 'vitest';
import type { SignalboxEvent } from './event.schema.js';
import { FilterBudget } from './filter.budget.js';
import { evaluateCondition } from './filter.evaluate.js';
import { validateRouteGraph } from './graph.validate.js';
import { cpuMs } from './testing/cpu-time.js';

const event = (value: string): SignalboxEvent => ({
  id: 'e1', type: 'test.regex', source: 'test', severity: 'info', timestamp: '2026-01-01T00:00:00.000Z', data: { value },
});
const matches = (pattern: string) => ({ combinator: 'and' as const, rules: [{ field: 'data.value', operator: 'matches' as const, value: pattern }] });

// The patterns a security review used to block the API and the worker for seconds (super-linear backtracking).
const HOSTILE: Array<[pattern: string, input: string]> = [
  ['^(a|a)+$', `${'a'.repeat(9_999)}!`],
  ['^([a-z]|[a-z0-9])+$', `${'a'.repeat(9_999)}!`],
  ['^.*.*.*.*.*=$', 'x'.repeat(10_000)],
  ['(a+)+$', `${'a'.repeat(9_999)}!`],
  ['^(\\w+\\s?)*$', `${'word '.repeat(1_999)}!`],
  ['(x+x+)+y', 'x'.repeat(100_000)],
];

describe('filter regexes run in linear time (RE2)', () => {
  it.each(HOSTILE)('%s on a hostile input evaluates well under a second', (pattern, input) => {
    const graph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'f', type: 'filter', config: { condition: matches(pattern) } },
        { id: 's', type: 'send', config: { channelId: 'c' } },
      ],
      edges: [{ source: 't', target: 'f' }, { source: 'f', target: 's' }],
    };
    expect(validateRouteGraph(graph).ok).toBe(true); // accepted at save: no pattern can be slow any more
    const { result, ms } = cpuMs(() => evaluateCondition(matches(pattern), event(input)));
    console.log(`hostile filter ${pattern} on ${input.length} chars: ${ms.toFixed(1)} ms CPU`);
    expect(result.passed).toBe(false);
    expect(ms).toBeLessThan(250);
  });

  it('refuses a pattern whose compiled program is too large to run on every event', () => {
    const graph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
        { id: 'f', type: 'filter', config: { condition: matches('(?:a?){1000}a{1000}') } },
        { id: 's', type: 'send', config: { channelId: 'c' } },
      ],
      edges: [{ source: 't', target: 'f' }, { source: 'f', target: 's' }],
    };
    const validation = validateRouteGraph(graph);
    expect(validation.ok ? [] : validation.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/is not supported: it compiles to 3002 instructions \(limit 2000\)/),
    ]);
  });

  it('bounds the regex work of all of a route\'s rules on one event together, failing closed with the reason', () => {
    const heavy = '(?:a?){600}a{600}$'; // 1,800 instructions: the largest kind of pattern still accepted
    const rules = Array.from({ length: 50 }, () => ({ field: 'data.value', operator: 'matches' as const, value: heavy }));
    const budget = new FilterBudget();
    const { result: [first, second], ms } = cpuMs(() => [
      evaluateCondition({ combinator: 'or', rules }, event(`${'a'.repeat(999)}!`), budget),
      evaluateCondition({ combinator: 'or', rules }, event('a'.repeat(5)), budget), // same event, next filter node
    ]);
    console.log(`hostile filter: 50 rules × ${heavy} on 1,000 chars, then a second node: ${ms.toFixed(0)} ms CPU`);
    expect(first).toEqual({ passed: false, reason: expect.stringMatching(/was not evaluated: regex work for this event is over budget/) });
    expect(second.passed).toBe(false);
    expect(ms).toBeLessThan(1_000);
    // A fresh event gets a fresh budget: ordinary evaluation is unaffected.
    expect(evaluateCondition(matches('^a+$'), event('aaa')).passed).toBe(true);
  });

  it('keeps the /pattern/flags form for the flags RE2 has (i, m, s)', () => {
    expect(evaluateCondition(matches('/^PROD$/i'), event('prod')).passed).toBe(true);
    expect(evaluateCondition(matches('/^b$/m'), event('a\nb')).passed).toBe(true);
    expect(evaluateCondition(matches('^b$'), event('a\nb')).passed).toBe(false);
    expect(evaluateCondition(matches('/a.b/s'), event('a\nb')).passed).toBe(true);
    expect(evaluateCondition(matches('a.b'), event('a\nb')).passed).toBe(false);
  });

  it('understands JavaScript spellings RE2 writes differently', () => {
    expect(evaluateCondition(matches('^\\u0041$'), event('A')).passed).toBe(true);
    expect(evaluateCondition(matches('^a/b$'), event('a/b')).passed).toBe(true);
    expect(evaluateCondition(matches('^(?<env>prod|staging)-\\d+$'), event('prod-12')).passed).toBe(true);
  });

  it('fails closed (no match) for a pattern it cannot run, rather than throwing', () => {
    expect(evaluateCondition(matches('(a)\\1'), event('aa')).passed).toBe(false);
  });
});
