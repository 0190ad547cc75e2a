import type { SignalboxEvent } from '@signalbox/plugin-sdk';

// Words monitoring tools use for "it is fine again". Compared case-insensitively.
const RESOLVED = new Set(['resolve', 'resolved', 'recover', 'recovered', 'recovery', 'ok', 'up', 'clear', 'cleared', 'closed', 'fixed', 'healthy', 'normal']);

/**
 * Whether an event closes its alert rather than opening one: `data.status` or `data.state` says so (resolved,
 * recovered, ok, up, cleared …), or, without them, the type ends in `.resolved` / `.recovered`.
 * The same rule the PagerDuty and Opsgenie channels apply, so one route behaves alike on both.
 */
export function isResolution(event: SignalboxEvent): boolean {
  const data = typeof event.data === 'object' && event.data !== null ? (event.data as Record<string, unknown>) : {};
  for (const key of ['status', 'state']) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return RESOLVED.has(value.trim().toLowerCase());
  }
  const last = event.type.split(/[.:]/).at(-1)?.toLowerCase() ?? '';
  return last === 'resolved' || last === 'recovered';
}
