import type { SignalboxEvent } from './event.schema.js';
import { readField } from './event.field.js';
import { FilterBudget, FilterBudgetError, withFilterBudget } from './filter.budget.js';
import { OPERATOR_CHECKS } from './filter.operators.js';
import type { ConditionGroup, FilterRule } from './route.schema.js';
import { describeValue } from './value.compare.js';

export interface FilterResult {
  passed: boolean;
  /** Human-readable: which rule decided, e.g. `data.status equals "down" was false (actual: "up")`. */
  reason: string;
}

const isGroup = (rule: FilterRule | ConditionGroup): rule is ConditionGroup => 'combinator' in rule;

export function evaluateRule(rule: FilterRule, event: SignalboxEvent): FilterResult {
  const actual = readField(event, rule.field);
  let passed: boolean;
  try {
    passed = OPERATOR_CHECKS[rule.operator](actual, rule.value);
  } catch (error) {
    // Over the regex budget: the rule fails closed, and says why.
    if (error instanceof FilterBudgetError) return { passed: false, reason: `${rule.field} ${rule.operator} was not evaluated: ${error.message}` };
    throw error;
  }
  const expected = rule.value === undefined ? '' : ` ${describeValue(rule.value)}`;
  return { passed, reason: `${rule.field} ${rule.operator}${expected} was ${passed} (actual: ${describeValue(actual)})` };
}

/**
 * `and` stops at the first failing rule and reports it; `or` stops at the first passing rule.
 * An empty group passes, so a filter node with no rules lets every event through.
 * Pass one `budget` for all of a route's filters on one event so their regex work is bounded together.
 */
export function evaluateCondition(group: ConditionGroup, event: SignalboxEvent, budget: FilterBudget = new FilterBudget()): FilterResult {
  return withFilterBudget(budget, () => evaluateGroup(group, event));
}

function evaluateGroup(group: ConditionGroup, event: SignalboxEvent): FilterResult {
  if (group.rules.length === 0) return { passed: true, reason: 'no conditions (an empty group passes)' };
  const decidingOutcome = group.combinator === 'or';
  const results: FilterResult[] = [];
  for (const rule of group.rules) {
    const result = isGroup(rule) ? evaluateGroup(rule, event) : evaluateRule(rule, event);
    if (result.passed === decidingOutcome) return result;
    results.push(result);
  }
  const joiner = decidingOutcome ? ' or ' : ' and ';
  const reasons = results.map((result) => result.reason);
  return { passed: !decidingOutcome, reason: wrap(reasons.join(joiner), results.length) };
}

function wrap(reason: string, count: number): string {
  return count > 1 ? `(${reason})` : reason;
}
