import { pairedRecoveryTypes } from './alert.rules.js';
import type { SignalboxEvent } from './event.schema.js';
import type { RouteNode } from './route.schema.js';
import { SUMMARY_EVENT_TYPE } from './summary.contract.js';

export type TriggerConfig = Extract<RouteNode, { type: 'trigger' }>['config'];

/**
 * `*` matches any type; `deploy.*` matches any type below `deploy.` (`deploy.success`, `deploy.x.y`,
 * but neither `deploy` nor `deployment`); anything else must match exactly (case-sensitive).
 */
export function eventTypeMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) {
    const prefix = pattern.slice(0, -1);
    return type.length > prefix.length && type.startsWith(prefix);
  }
  return pattern === type;
}

/**
 * The type must match one of `eventTypes`; when `sources` is non-empty the source must match one of them too
 * (same wildcards). A listed problem type also matches its paired recovery type (alert.rules.ts), so the
 * channels that got `service.health.down` get `service.health.recovered` (a send node with
 * `sendResolved: false` then skips it).
 */
export function matchesTrigger(trigger: TriggerConfig, event: Pick<SignalboxEvent, 'type' | 'source'>): boolean {
  const typeMatches = trigger.eventTypes.some(
    (pattern) => eventTypeMatches(pattern, event.type) || pairedRecoveryTypes(pattern).includes(event.type),
  );
  if (!typeMatches) return false;
  const sources = trigger.sources ?? [];
  return sources.length === 0 || sources.some((pattern) => eventTypeMatches(pattern, event.source));
}

/**
 * What a route's trigger lets through when an event is already addressed to the route (a dry run, template
 * sample checks): a schedule trigger takes its own summary events. Ingest matching stays `matchesTrigger`, under
 * which a schedule trigger matches nothing, so a summary reaches only the route whose schedule made it.
 */
export function triggerAccepts(trigger: TriggerConfig, event: Pick<SignalboxEvent, 'type' | 'source'>): boolean {
  return trigger.schedule ? event.type === SUMMARY_EVENT_TYPE : matchesTrigger(trigger, event);
}
