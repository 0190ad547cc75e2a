import { EVENT_FIELD_ROOTS, fieldRoot } from './event.field.js';
import { SEVERITIES } from './event.schema.js';
import { regexProblem } from './regex.safety.js';
import type { ConditionGroup, FilterRule } from './route.schema.js';
import { normalizeSeverity } from './severity.normalize.js';
import { toComparable } from './value.compare.js';

export interface RuleIssue {
  path: string;
  message: string;
}

const isGroup = (rule: FilterRule | ConditionGroup): rule is ConditionGroup => 'combinator' in rule;
const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** What is wrong with a rule's value for its operator, if anything. */
function valueProblem(rule: FilterRule): string | undefined {
  const { operator, value } = rule;
  switch (operator) {
    case 'equals':
    case 'not_equals':
      return value === undefined ? 'needs a value to compare with' : undefined;
    case 'in':
    case 'not_in':
      if (!Array.isArray(value)) return 'needs a list of values, e.g. ["down", "degraded"]';
      return value.length === 0 ? 'needs at least one value in its list' : undefined;
    case 'contains':
    case 'starts_with':
      return isScalar(value) ? undefined : 'needs a text value';
    case 'matches':
      return typeof value === 'string' ? regexProblem(value) : 'needs a regular expression, e.g. "^prod-" or "/timeout/i"';
    case 'exists':
      return value === undefined || typeof value === 'boolean' ? undefined : 'takes true, false or no value';
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return toComparable(value) ? undefined : 'needs a number or an ISO date such as 2026-01-31T00:00:00Z';
    case 'severity_at_least':
      return normalizeSeverity(value) ? undefined : `needs one of ${SEVERITIES.join(', ')}`;
  }
}

function ruleIssues(rule: FilterRule, path: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const root = fieldRoot(rule.field);
  if (!(EVENT_FIELD_ROOTS as readonly string[]).includes(root)) {
    issues.push({
      path: `${path}.field`,
      message: `rule field "${rule.field}" is not part of an event (fields start with ${EVENT_FIELD_ROOTS.slice(0, 7).join(', ')}); did you mean "data.${rule.field}"?`,
    });
  }
  const problem = valueProblem(rule);
  if (problem) issues.push({ path: `${path}.value`, message: `rule "${rule.field} ${rule.operator}" ${problem}` });
  return issues;
}

/** Every malformed rule in a condition tree, with its path below `basePath`. */
export function conditionIssues(group: ConditionGroup, basePath: string): RuleIssue[] {
  return group.rules.flatMap((rule, index) => {
    const path = `${basePath}.rules[${index}]`;
    return isGroup(rule) ? conditionIssues(rule, path) : ruleIssues(rule, path);
  });
}
