// The aggregation group of a `group` node, as pure data and pure functions: the entity workflow holds one
// GroupState, merges events into it and asks `decideFlush` at every tick. Deterministic (no clock reads:
// times are passed in), so it runs inside Temporal's workflow sandbox and in unit tests alike.
import { alertFingerprint, alertRuleFor } from './alert.classify.js';
import type { SignalboxEvent, Severity } from './event.schema.js';

/** What the group keeps of one event: enough to render a digest, small enough to carry through continue-as-new. */
export interface GroupAlert {
  /** Alertmanager's fingerprint: the same alert seen again (or resolved) replaces its earlier entry. */
  fingerprint: string;
  eventId: string;
  type: string;
  source: string;
  severity: Severity;
  timestamp: string;
  subject?: string;
  resolved: boolean;
}

export interface GroupTiming {
  groupWaitSeconds: number;
  groupIntervalSeconds: number;
  repeatIntervalSeconds: number;
  sendResolved: boolean;
}

export interface GroupState {
  groupKey: string;
  /** Latest entry per fingerprint, in arrival order; at most MAX_GROUP_ALERTS (older resolved ones go first). */
  alerts: GroupAlert[];
  /** Every event merged since the group started, including repeats of the same alert. */
  eventCount: number;
  /** Fingerprints that were firing / resolved in the last notification: what the receiver knows (Alertmanager's nflog entry). */
  notified?: { firing: string[]; resolved: string[]; at: number };
  /** Notifications sent so far (numbers the delivery rows of this group). */
  flushes: number;
  /** Event ids already merged: a redelivered signal must not count twice (bounded like `alerts`). */
  seenEventIds: string[];
}

export type FlushKind = 'first' | 'update' | 'repeat' | 'resolved';

/** Beyond this many distinct alerts a group stops remembering new ones individually (it still counts them). */
export const MAX_GROUP_ALERTS = 500;
const MAX_SEEN_IDS = 2_000;

const RESOLVED_STATUSES = new Set(['resolved', 'recovered', 'ok', 'up', 'online', 'closed', 'resolve', 'healthy', 'succeeded', 'success']);
const RESOLVED_TYPE_SUFFIX = /[._:-](resolved|recovered|up|online|ok|closed)$/i;

/**
 * Firing or resolved for an event outside the catalogue's problem / recovery pairs (any sender's webhook):
 * `data.status` (or `state`, `event_action`) saying resolved/recovered/ok/up/online, or a type ending in one
 * of those words. Events of a pair are decided by the pair (see toGroupAlert), as alert state decides them.
 */
export function isResolvedEvent(event: Pick<SignalboxEvent, 'type' | 'data'>): boolean {
  for (const field of ['status', 'state', 'event_action']) {
    const value = event.data[field];
    if (typeof value === 'string' && RESOLVED_STATUSES.has(value.toLowerCase())) return true;
  }
  return RESOLVED_TYPE_SUFFIX.test(event.type);
}

/** The group's alert identity for an event outside the pairs: `data.fingerprint` when the sender has one, else the subject, else the event itself. */
export function groupAlertFingerprint(event: Pick<SignalboxEvent, 'id' | 'subject' | 'data'>): string {
  const given = event.data.fingerprint;
  if (typeof given === 'string' && given !== '') return given;
  return event.subject ? `subject:${event.subject}` : `event:${event.id}`;
}

/**
 * One event as the group keeps it. An event of a catalogue pair (server down / recovered, agent offline /
 * online...) takes the pair's side and alertFingerprint, exactly as the alerts table does, so a recovery
 * resolves its problem in the group too; other events fall back to the status / type words above.
 */
export function toGroupAlert(event: SignalboxEvent): GroupAlert {
  const pair = alertRuleFor(event);
  return {
    fingerprint: pair ? alertFingerprint(event, pair.rule) : groupAlertFingerprint(event), eventId: event.id, type: event.type,
    source: event.source, severity: event.severity, timestamp: event.timestamp, ...(event.subject !== undefined ? { subject: event.subject } : {}),
    resolved: pair ? pair.kind === 'recovery' : isResolvedEvent(event),
  };
}

export function newGroupState(groupKey: string): GroupState {
  return { groupKey, alerts: [], eventCount: 0, flushes: 0, seenEventIds: [] };
}

/** Adds one event's alert; the same fingerprint again replaces the earlier entry (a resolution closes it). */
export function mergeAlert(state: GroupState, alert: GroupAlert): GroupState {
  if (state.seenEventIds.includes(alert.eventId)) return state;
  const seenEventIds = [...state.seenEventIds, alert.eventId].slice(-MAX_SEEN_IDS);
  const others = state.alerts.filter((a) => a.fingerprint !== alert.fingerprint);
  let alerts = [...others, alert];
  if (alerts.length > MAX_GROUP_ALERTS) {
    const oldestResolved = alerts.findIndex((a) => a.resolved);
    alerts = alerts.filter((_, i) => i !== (oldestResolved >= 0 ? oldestResolved : 0));
  }
  return { ...state, alerts, eventCount: state.eventCount + 1, seenEventIds };
}

const firingOf = (state: GroupState) => state.alerts.filter((a) => !a.resolved).map((a) => a.fingerprint);
const resolvedOf = (state: GroupState) => state.alerts.filter((a) => a.resolved).map((a) => a.fingerprint);
const isSubset = (items: string[], of: string[]) => {
  const set = new Set(of);
  return items.every((item) => set.has(item));
};

/**
 * Alertmanager's dedup stage (notify.go `needsUpdate`), asked at group_wait and then every group_interval:
 * never notified → notify if anything fires; a firing alert the receiver has not seen → update; everything
 * resolved that the receiver saw firing → one resolution (sent only with send_resolved); a newly resolved
 * alert with send_resolved → update; otherwise unchanged → repeat once repeat_interval has passed.
 */
export function decideFlush(state: GroupState, timing: GroupTiming, nowMs: number): FlushKind | undefined {
  const firing = firingOf(state);
  const last = state.notified;
  if (!last) return firing.length > 0 ? 'first' : undefined;
  if (!isSubset(firing, last.firing)) return 'update';
  if (firing.length === 0) return last.firing.length > 0 && timing.sendResolved ? 'resolved' : undefined;
  if (timing.sendResolved && !isSubset(resolvedOf(state), last.resolved)) return 'update';
  return nowMs - last.at >= timing.repeatIntervalSeconds * 1000 ? 'repeat' : undefined;
}

/**
 * After a tick: what the receiver now knows (when notified), and resolved alerts forgotten, as Alertmanager
 * deletes them after a flush. `sent` is the state the notification was rendered from: events merged while
 * it was being delivered are not in it, so they stay news for the next tick. Once nothing is left the log
 * entry goes too (an all-resolved group without send_resolved ends without a message).
 */
export function afterTick(state: GroupState, notifiedAt: number | undefined, sent: GroupState = state): GroupState {
  const sentResolved = new Set(resolvedOf(sent));
  const alerts = state.alerts.filter((a) => !(a.resolved && sentResolved.has(a.fingerprint)));
  const notified = alerts.length === 0
    ? undefined
    : notifiedAt !== undefined ? { firing: firingOf(sent), resolved: resolvedOf(sent), at: notifiedAt } : state.notified;
  const { notified: _previous, ...rest } = state;
  return { ...rest, alerts, flushes: state.flushes + (notifiedAt !== undefined ? 1 : 0), ...(notified ? { notified } : {}) };
}

/** Nothing firing and nothing left to tell: the entity workflow may end. */
export const isGroupIdle = (state: GroupState) => state.alerts.length === 0 && state.notified === undefined;
