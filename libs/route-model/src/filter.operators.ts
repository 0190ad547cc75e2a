import type { FilterOperator } from './route.schema.js';
import { activeFilterBudget } from './filter.budget.js';
import { compileRegex } from './regex.parse.js';
import { isSeverityAtLeast } from './severity.normalize.js';
import { compareValues, looseEquals } from './value.compare.js';

type OperatorCheck = (actual: unknown, expected: unknown) => boolean;

// RE2 matching is linear in the input; the cap keeps that line short (a 1 MB string field is still one event).
const MAX_MATCH_INPUT = 10_000;

const isPresent = (value: unknown) => value !== undefined && value !== null;

const isIn: OperatorCheck = (actual, expected) => {
  if (!Array.isArray(expected) || actual === undefined) return false;
  // An array field is "in" the list when any of its elements is (e.g. tags in ["prod", "eu"]).
  const candidates = Array.isArray(actual) ? actual : [actual];
  return candidates.some((candidate) => expected.some((option) => looseEquals(candidate, option)));
};

const contains: OperatorCheck = (actual, expected) => {
  if (Array.isArray(actual)) return actual.some((element) => looseEquals(element, expected));
  if (typeof actual === 'string' && isPresent(expected)) return actual.includes(String(expected));
  return false;
};

const startsWith: OperatorCheck = (actual, expected) =>
  (typeof actual === 'string' || typeof actual === 'number') && isPresent(expected) && String(actual).startsWith(String(expected));

const matches: OperatorCheck = (actual, expected) => {
  if (typeof expected !== 'string' || !(typeof actual === 'string' || typeof actual === 'number')) return false;
  const regex = compileRegex(expected);
  if (regex instanceof Error) return false;
  const input = String(actual).slice(0, MAX_MATCH_INPUT);
  activeFilterBudget().spend(Math.max(1, input.length) * regex.programSize); // throws before the work, not after
  return regex.test(input);
};

const exists: OperatorCheck = (actual, expected) => (expected === false ? !isPresent(actual) : isPresent(actual));

const ordered =
  (accept: (difference: number) => boolean): OperatorCheck =>
  (actual, expected) => {
    const difference = compareValues(actual, expected);
    return difference !== undefined && accept(difference);
  };

export const OPERATOR_CHECKS: Record<FilterOperator, OperatorCheck> = {
  equals: (actual, expected) => actual !== undefined && looseEquals(actual, expected),
  not_equals: (actual, expected) => !(actual !== undefined && looseEquals(actual, expected)),
  in: isIn,
  not_in: (actual, expected) => !isIn(actual, expected),
  contains,
  starts_with: startsWith,
  matches,
  exists,
  gt: ordered((d) => d > 0),
  gte: ordered((d) => d >= 0),
  lt: ordered((d) => d < 0),
  lte: ordered((d) => d <= 0),
  severity_at_least: isSeverityAtLeast,
};
