// Types only: the alert context travels inside the workflow (core-safe) and into templates and plugins.

/** Whether an event opens (or repeats) a problem, ends one, or has nothing to do with alert state. */
export type AlertKind = 'problem' | 'recovery' | 'none';

/**
 * What the worker knows about the alert an event belongs to, after updating the `alerts` table.
 * Templates read it as `{{alert.durationText}}`; plugins as `message.event.alert` (PagerDuty's dedup_key).
 */
export interface AlertContext {
  /** `problem` or `recovery`: what this event did. */
  kind: Exclude<AlertKind, 'none'>;
  /** `open` after a problem; `resolved` after a recovery. */
  status: 'open' | 'resolved';
  /** Stable per alert: the PagerDuty dedup_key of both the trigger and the resolve. */
  fingerprint: string;
  /** The alert row's id; absent for a recovery that found no open alert. */
  id?: string;
  /** When the problem occurred (the problem event's own timestamp). */
  openedAt?: string;
  /** When it recovered (the recovery event's own timestamp). */
  resolvedAt?: string;
  /** resolvedAt − openedAt, in ms: measured between the events' occurrence times, never the wall clock. */
  durationMs?: number;
  /** The duration for people: "7 minutes", "1 hour 5 minutes". */
  durationText?: string;
  /** Problem events seen while the alert was open (1 for the first). */
  count: number;
}
