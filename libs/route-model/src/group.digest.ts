// What a template downstream of a group node sees as `{{group}}`: pure, no Handlebars (safe in workflows).
import type { SignalboxEvent } from './event.schema.js';
import { SEVERITIES } from './severity.levels.js';
import type { FlushKind, GroupAlert, GroupState } from './group.state.js';
import { newGroupState, mergeAlert, toGroupAlert } from './group.state.js';

/** Lists in the digest are capped: a storm of 5,000 events renders a message, not a book. */
export const DIGEST_LIST_LIMIT = 50;

export interface GroupDigest {
  key: string;
  /** first / update / repeat / resolved: why this notification goes out. */
  kind: FlushKind;
  status: 'firing' | 'resolved';
  /** Distinct alerts in the group now, and how many events were merged into it. */
  count: number;
  eventCount: number;
  firingCount: number;
  resolvedCount: number;
  /** Newest first, at most DIGEST_LIST_LIMIT each; `more*` says how many were left out. */
  events: GroupAlert[];
  firing: GroupAlert[];
  resolved: GroupAlert[];
  moreFiring: number;
  moreResolved: number;
  /** Fields every alert in the group shares (Alertmanager's CommonLabels): source, type, severity, subject. */
  common: Partial<Pick<GroupAlert, 'source' | 'type' | 'severity' | 'subject'>>;
  /** The most urgent severity in the group: the message's own severity. */
  severity: GroupAlert['severity'];
}

const newestFirst = (alerts: GroupAlert[]) => [...alerts].reverse();

function commonFields(alerts: GroupAlert[]): GroupDigest['common'] {
  const common: GroupDigest['common'] = {};
  for (const field of ['source', 'type', 'severity', 'subject'] as const) {
    const first = alerts[0]?.[field];
    if (first !== undefined && alerts.every((a) => a[field] === first)) Object.assign(common, { [field]: first });
  }
  return common;
}

export function groupDigest(state: GroupState, kind: FlushKind): GroupDigest {
  const firing = state.alerts.filter((a) => !a.resolved);
  const resolved = state.alerts.filter((a) => a.resolved);
  const severity = SEVERITIES.find((s) => (firing.length ? firing : state.alerts).some((a) => a.severity === s)) ?? 'info';
  return {
    key: state.groupKey, kind, status: firing.length > 0 ? 'firing' : 'resolved',
    count: state.alerts.length, eventCount: state.eventCount, firingCount: firing.length, resolvedCount: resolved.length,
    events: newestFirst(state.alerts).slice(0, DIGEST_LIST_LIMIT),
    firing: newestFirst(firing).slice(0, DIGEST_LIST_LIMIT),
    resolved: newestFirst(resolved).slice(0, DIGEST_LIST_LIMIT),
    moreFiring: Math.max(0, firing.length - DIGEST_LIST_LIMIT),
    moreResolved: Math.max(0, resolved.length - DIGEST_LIST_LIMIT),
    common: commonFields(state.alerts), severity,
  };
}

/** The editor's and dry run's preview: sample events merged into one group, rendered as its first notification. */
export function sampleGroupDigest(groupKey: string, events: readonly SignalboxEvent[]): GroupDigest {
  const state = events.reduce((s, event) => mergeAlert(s, toGroupAlert(event)), newGroupState(groupKey));
  return groupDigest(state, state.alerts.some((a) => !a.resolved) ? 'first' : 'resolved');
}
