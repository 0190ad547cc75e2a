// The group entity workflow's name, input and signal, shared by the workflow and the activity that starts it.
// Types and constants only (no workflow APIs), so activities may import it too.
import type { GroupAlert, GroupState, GroupTiming, SignalboxEvent } from '@signalbox/route-model/core';

export const GROUP_WORKFLOW = 'groupNotify';
export const GROUP_EVENT_SIGNAL = 'groupEvent';

export interface GroupSignal {
  alert: GroupAlert;
  /** The event without its payload: the newest one is the digest's `{{event}}`. */
  event: SignalboxEvent;
  /** The version the event matched: a notification renders what follows the group in the newest one. */
  routeVersionId: string;
}

export interface GroupWorkflowInput {
  tenantId: string;
  routeId: string;
  nodeId: string;
  groupKey: string;
  timing: GroupTiming;
  /** Set by continue-as-new: the group so far and when its next tick is due. */
  carried?: {
    state: GroupState;
    latest: Omit<GroupSignal, 'alert'>;
    /** The event that opened this group: its delivery rows hang off it. */
    firstEventId: string;
    nextTickAt: number;
    runs: number;
  };
}

export interface GroupWorkflowResult {
  notifications: number;
  events: number;
  /** Runs of this group (1 + continue-as-new count). */
  runs: number;
}
