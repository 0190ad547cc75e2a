// CONTRACT STUB — implemented by the route-model work.
import type { SignalboxEvent } from './event.schema.js';
import type { RouteNode } from './route.schema.js';

export type TriggerConfig = Extract<RouteNode, { type: 'trigger' }>['config'];

/** `*` matches any type, `deploy.*` any type starting with `deploy.`; exact otherwise. */
export function eventTypeMatches(_pattern: string, _type: string): boolean {
  throw new Error('not implemented');
}

export function matchesTrigger(_trigger: TriggerConfig, _event: Pick<SignalboxEvent, 'type' | 'source'>): boolean {
  throw new Error('not implemented');
}
