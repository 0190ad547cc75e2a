import type { ThrottleDecision } from './route.plan.types.js';

export interface ThrottleRule {
  mode: 'rate_limit' | 'dedupe';
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * The words for a throttle decision, used by the worker's durable check and, with `allowed: true` and a
 * note that nothing was counted, by the dry run: one wording, so the two read the same.
 */
export function throttleDecision(rule: ThrottleRule, allowed: boolean): ThrottleDecision {
  const key = JSON.stringify(rule.key);
  const window = `${rule.windowSeconds}s`;
  if (rule.mode === 'dedupe') {
    return { allowed, reason: allowed ? `first event for key ${key} within ${window}` : `duplicate of an earlier event for key ${key} within ${window}` };
  }
  return {
    allowed,
    reason: allowed ? `within rate limit ${rule.limit} per ${window} for key ${key}` : `rate limit ${rule.limit} per ${window} reached for key ${key}`,
  };
}

export const NOT_COUNTED = ' (not counted in a dry run)';

/** The dry run's throttle port: the decision a first event for this key gets, counting nothing. */
export const describeThrottle = (rule: ThrottleRule): ThrottleDecision => {
  const { reason } = throttleDecision(rule, true);
  return { allowed: true, reason: `${reason}${NOT_COUNTED}` };
};
