import { describe, expect, it } from 'vitest';
import type { SignalboxEvent } from './event.schema.js';
import { evaluateCondition } from './filter.evaluate.js';
import { validateRouteGraph } from './graph.validate.js';

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
    const started = performance.now();
    const result = evaluateCondition(matches(pattern), event(input));
    const ms = performance.now() - started;
    console.log(`hostile filter ${pattern} on ${input.length} chars: ${ms.toFixed(1)} ms`);
    expect(result.passed).toBe(false);
    expect(ms).toBeLessThan(250);
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
