import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateRule } from './filter.evaluate.js';
import type { ConditionGroup, FilterOperator } from './route.schema.js';
import { sampleEvent } from '../test/sample-event.js';

const event = sampleEvent();
const rule = (field: string, operator: FilterOperator, value?: unknown) => ({ field, operator, value });

describe('evaluateRule: every operator', () => {
  it.each([
    // equals / not_equals
    ['data.status', 'equals', 'down', true],
    ['data.status', 'equals', 'up', false],
    ['data.status', 'equals', 'DOWN', false],
    ['data.status_code', 'equals', 503, true],
    ['data.status_code', 'equals', '503', true],
    ['data.metadata.healthy', 'equals', 'false', true],
    ['data.tags', 'equals', ['prod', 'eu'], true],
    ['data.missing', 'equals', undefined, false],
    ['data.status', 'not_equals', 'up', true],
    ['data.status', 'not_equals', 'down', false],
    ['data.missing', 'not_equals', 'down', true],
    // in / not_in
    ['data.status', 'in', ['down', 'degraded'], true],
    ['data.status', 'in', ['up'], false],
    ['data.status_code', 'in', ['500', '503'], true],
    ['data.tags', 'in', ['eu', 'us'], true],
    ['data.missing', 'in', ['x'], false],
    ['data.status', 'in', 'down', false],
    ['data.status', 'not_in', ['up', 'ok'], true],
    ['data.status', 'not_in', ['down'], false],
    ['data.missing', 'not_in', ['down'], true],
    // contains / starts_with
    ['subject', 'contains', 'health check', true],
    ['subject', 'contains', 'Health Check', false],
    ['data.tags', 'contains', 'prod', true],
    ['data.tags', 'contains', 'pro', false],
    ['data.status_code', 'contains', '5', false],
    ['data.missing', 'contains', 'x', false],
    ['data.service', 'starts_with', 'my-', true],
    ['data.service', 'starts_with', 'app', false],
    ['data.status_code', 'starts_with', '50', true],
    ['data.missing', 'starts_with', '', false],
    // matches
    ['data.service', 'matches', '^my-\\w+$', true],
    ['data.service', 'matches', '/^MY-APP$/i', true],
    ['data.service', 'matches', '/^MY-APP$/', false],
    ['data.service', 'matches', '/app/gy', true],
    ['data.status_code', 'matches', '^5\\d\\d$', true],
    ['data.service', 'matches', '([', false],
    ['data.missing', 'matches', '.*', false],
    // exists
    ['data.metadata.region', 'exists', undefined, true],
    ['data.metadata.region', 'exists', true, true],
    ['data.metadata.region', 'exists', false, false],
    ['data.missing', 'exists', undefined, false],
    ['data.missing', 'exists', false, true],
    ['data.metadata.note', 'exists', true, false],
    ['data.metadata.healthy', 'exists', true, true],
    // gt / gte / lt / lte: numbers, numeric strings, ISO dates
    ['data.status_code', 'gt', 500, true],
    ['data.status_code', 'gt', 503, false],
    ['data.status_code', 'gte', 503, true],
    ['data.status_code', 'lt', '600', true],
    ['data.status_code', 'lte', 502, false],
    ['data.latency', 'gt', 100, true],
    ['data.latency', 'lte', '250.0', true],
    ['timestamp', 'gt', '2026-03-29T14:00:00Z', true],
    ['timestamp', 'lt', '2026-03-29', false],
    ['timestamp', 'gte', '2026-03-29T17:00:00+02:00', true],
    ['data.started_at', 'lt', 'timestamp-is-not-a-date', false],
    ['data.status', 'gt', 1, false],
    ['data.status_code', 'gt', '2026-01-01', false],
    ['data.missing', 'lt', 10, false],
    // severity_at_least over critical > high > warning > info
    ['severity', 'severity_at_least', 'warning', true],
    ['severity', 'severity_at_least', 'high', true],
    ['severity', 'severity_at_least', 'critical', false],
    ['severity', 'severity_at_least', 'HIGH', true],
    ['data.level', 'severity_at_least', 'critical', true],
    ['data.status', 'severity_at_least', 'info', false],
    ['severity', 'severity_at_least', 'bogus', false],
  ] as const)('%s %s %j → %s', (field, operator, value, expected) => {
    expect(evaluateRule(rule(field, operator, value), event).passed).toBe(expected);
  });

  it.each([
    ['error', 'high', true],
    ['ERROR', 'critical', false],
    ['WARNING', 'warning', true],
    ['INFO', 'warning', false],
    ['Critical', 'high', true],
  ])('severity field value %s at least %s → %s', (level, minimum, expected) => {
    const withLevel = sampleEvent({ data: { level } });
    expect(evaluateRule(rule('data.level', 'severity_at_least', minimum), withLevel).passed).toBe(expected);
  });

  it('reads array indices with dots or brackets, and an event. prefix', () => {
    expect(evaluateRule(rule('data.items.0.name', 'equals', 'first'), event).passed).toBe(true);
    expect(evaluateRule(rule('data.items[1]', 'equals', 'second'), event).passed).toBe(true);
    expect(evaluateRule(rule('event.data.status', 'equals', 'down'), event).passed).toBe(true);
    expect(evaluateRule(rule('type', 'starts_with', 'service.'), event).passed).toBe(true);
  });

  it('never resolves prototype properties', () => {
    expect(evaluateRule(rule('data.constructor', 'exists'), event).passed).toBe(false);
    expect(evaluateRule(rule('data.__proto__', 'exists'), event).passed).toBe(false);
  });

  it('explains the deciding rule with the actual value', () => {
    const upEvent = sampleEvent({ data: { status: 'up' } });
    expect(evaluateRule(rule('data.status', 'equals', 'down'), upEvent).reason).toBe(
      'data.status equals "down" was false (actual: "up")',
    );
    expect(evaluateRule(rule('data.region', 'exists'), upEvent).reason).toBe('data.region exists was false (actual: missing)');
  });

  it('shortens long actual values in reasons', () => {
    const long = sampleEvent({ data: { text: 'x'.repeat(500) } });
    expect(evaluateRule(rule('data.text', 'equals', 'y'), long).reason.length).toBeLessThan(200);
  });
});

describe('evaluateCondition: groups', () => {
  const passing = rule('data.status', 'equals', 'down');
  const failing = rule('data.status', 'equals', 'up');
  const group = (combinator: 'and' | 'or', ...rules: ConditionGroup['rules']): ConditionGroup => ({ combinator, rules });

  it.each([
    ['and, all pass', group('and', passing, passing), true],
    ['and, one fails', group('and', passing, failing), false],
    ['or, one passes', group('or', failing, passing), true],
    ['or, all fail', group('or', failing, failing), false],
    ['empty and', group('and'), true],
    ['empty or', group('or'), true],
    ['nested or inside and', group('and', passing, group('or', failing, passing)), true],
    ['nested and inside or', group('or', failing, group('and', passing, failing)), false],
    ['three levels', group('and', group('or', group('and', passing), failing)), true],
  ])('%s → %s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, event).passed).toBe(expected);
  });

  it('names the failing rule of an and-group', () => {
    const result = evaluateCondition(group('and', passing, rule('data.status_code', 'lt', 500)), event);
    expect(result).toEqual({ passed: false, reason: 'data.status_code lt 500 was false (actual: 503)' });
  });

  it('names the passing rule of an or-group', () => {
    const result = evaluateCondition(group('or', failing, rule('severity', 'severity_at_least', 'high')), event);
    expect(result.reason).toBe('severity severity_at_least "high" was true (actual: "high")');
  });

  it('lists every rule when an or-group fails', () => {
    const result = evaluateCondition(group('or', failing, rule('source', 'equals', 'nestai')), event);
    expect(result.reason).toBe(
      '(data.status equals "up" was false (actual: "down") or source equals "nestai" was false (actual: "ai-admin-panel"))',
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    const condition = group('and', passing, rule('timestamp', 'gt', '2026-01-01'));
    expect(evaluateCondition(condition, event)).toEqual(evaluateCondition(condition, event));
  });
});
