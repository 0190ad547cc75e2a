// CONTRACT STUB — implemented by the route-model work.
import type { SignalboxEvent } from './event.schema.js';
import type { ConditionGroup } from './route.schema.js';

export interface FilterResult {
  passed: boolean;
  /** Human-readable: which rule decided, e.g. `data.status equals "down" was false (actual: "up")`. */
  reason: string;
}

export function evaluateCondition(_group: ConditionGroup, _event: SignalboxEvent): FilterResult {
  throw new Error('not implemented');
}
