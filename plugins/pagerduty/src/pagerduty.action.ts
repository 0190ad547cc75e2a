import type { SignalboxEvent } from '@signalbox/plugin-sdk';

export type EventAction = 'trigger' | 'acknowledge' | 'resolve';

// Words monitoring tools use for "it is fine again" / "someone is on it". Compared case-insensitively.
const RESOLVE = new Set(['resolve', 'resolved', 'recover', 'recovered', 'recovery', 'ok', 'up', 'clear', 'cleared', 'closed', 'fixed', 'healthy', 'normal']);
const ACKNOWLEDGE = new Set(['acknowledge', 'acknowledged', 'ack', 'acked']);
// First present string wins: an explicit event_action beats a status, a status beats a state.
const KEYS = ['event_action', 'status', 'state'] as const;

function decide(value: string): EventAction {
  const word = value.trim().toLowerCase();
  if (RESOLVE.has(word)) return 'resolve';
  if (ACKNOWLEDGE.has(word)) return 'acknowledge';
  return 'trigger';
}

/**
 * trigger, acknowledge or resolve for an event. An event in one of the catalogue's problem / recovery pairs
 * (the worker set `event.alert`) triggers or resolves by that. Otherwise: from `data.event_action`, else `data.status`, else
 * `data.state` (resolved/recovered/ok/up/cleared/... → resolve; acknowledged/ack → acknowledge; anything else
 * → trigger); without any of them, a type ending in `.resolved` or `.recovered` resolves; else trigger.
 */
export function eventAction(event: SignalboxEvent): EventAction {
  if (event.alert) return event.alert.kind === 'recovery' ? 'resolve' : 'trigger';
  const data = typeof event.data === 'object' && event.data !== null ? (event.data as Record<string, unknown>) : {};
  for (const key of KEYS) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return decide(value);
  }
  const last = event.type.split(/[.:]/).at(-1)?.toLowerCase() ?? '';
  return last === 'resolved' || last === 'recovered' ? 'resolve' : 'trigger';
}
