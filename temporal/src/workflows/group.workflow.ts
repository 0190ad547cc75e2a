// The entity workflow of one aggregation group (Alertmanager's aggrGroup): one per (tenant, route, group
// node, group key), fed by signal-with-start from routeEvent's `joinGroup`. Workflow code: deterministic,
// activities as types only.
import {
  allHandlersFinished, condition, continueAsNew, defineQuery, defineSignal, patched, proxyLocalActivities, setHandler, workflowInfo,
} from '@temporalio/workflow';
import { afterTick, decideFlush, groupDigest, isGroupIdle, mergeAlert, newGroupState, type FlushKind } from '@signalbox/route-model/group';
import type { Activities } from '../activities/index.js';
import { GROUP_EVENT_SIGNAL, type GroupSignal, type GroupWorkflowInput, type GroupWorkflowResult } from './group.contract.js';
import { DEFAULT_HOLD_MS, sendDurably } from './send.loop.js';
import { listenForSendSignals } from './send.signals.js';

export const groupEventSignal = defineSignal<[GroupSignal]>(GROUP_EVENT_SIGNAL);
export const groupStatusQuery = defineQuery<{ notifications: number; events: number; alerts: number; kinds: FlushKind[] }>('groupStatus');

/**
 * Continue as new past this many history events (or when the server suggests it): a group that lives for
 * weeks, or takes a storm of signals, keeps a history of a few thousand events at most.
 */
export const GROUP_HISTORY_LIMIT = 2_000;

/** Patch id of group notifications honouring the send nodes' mute timings (temporal/README.md, "Changing workflow code"). */
export const GROUP_MUTE_TIMINGS_PATCH = 'group-mute-timings';

const local = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '200ms', backoffCoefficient: 2, maximumInterval: '30s' },
});

/**
 * group_wait after the first event, then a tick every group_interval: `decideFlush` says whether this tick
 * notifies (first / update / repeat / resolved). Resolved alerts are forgotten after each tick; when nothing
 * fires any more the group ends (the next event starts a new one, as Alertmanager creates a new aggrGroup).
 */
export async function groupNotify(input: GroupWorkflowInput): Promise<GroupWorkflowResult> {
  const control = listenForSendSignals();
  const carried = input.carried;
  let state = carried?.state ?? newGroupState(input.groupKey);
  let latest = carried?.latest;
  let firstEventId = carried?.firstEventId;
  const kinds: FlushKind[] = [];
  setHandler(groupEventSignal, (signal) => {
    state = mergeAlert(state, signal.alert);
    latest = { event: signal.event, routeVersionId: signal.routeVersionId };
    firstEventId ??= signal.event.id;
  });
  setHandler(groupStatusQuery, () => ({ notifications: state.flushes, events: state.eventCount, alerts: state.alerts.length, kinds }));

  let nextTickAt = carried?.nextTickAt;
  if (nextTickAt === undefined) {
    await condition(() => latest !== undefined);
    nextTickAt = Date.now() + input.timing.groupWaitSeconds * 1000;
  }
  const historyIsLong = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > GROUP_HISTORY_LIMIT;
  for (;;) {
    const tooLong = await condition(historyIsLong, Math.max(1, nextTickAt - Date.now()));
    if (tooLong) {
      // Signal handlers are synchronous, but wait for them anyway: nothing merged may be left behind.
      await condition(allHandlersFinished);
      return continueAsNew<typeof groupNotify>({
        ...input, carried: { state, latest: latest!, firstEventId: firstEventId!, nextTickAt, runs: (carried?.runs ?? 1) + 1 },
      });
    }
    const now = Date.now();
    const kind = decideFlush(state, input.timing, now);
    const sent = state;
    if (kind) {
      kinds.push(kind);
      await notify(input, kind, firstEventId!, latest!, sent, control);
    }
    state = afterTick(state, kind ? now : undefined, sent);
    // Events that arrived while notifying keep the group alive (they are firing, or resolved and unsent).
    if (isGroupIdle(state)) return { notifications: state.flushes, events: state.eventCount, runs: carried?.runs ?? 1 };
    nextTickAt = now + input.timing.groupIntervalSeconds * 1000;
  }
}

/**
 * One notification: renders what follows the group node for the group, then delivers each send through the
 * route's durable send loop. Delivery rows hang off the group's first event, one node id per notification
 * (`<send node>#group-<n>`), so the deliveries log lists every notification and a retry never repeats one.
 */
async function notify(
  input: GroupWorkflowInput, kind: FlushKind, firstEventId: string, latest: NonNullable<GroupWorkflowInput['carried']>['latest'],
  state: Parameters<typeof groupDigest>[0], control: ReturnType<typeof listenForSendSignals>,
): Promise<void> {
  const digest = groupDigest(state, kind);
  const rendered = await local.renderGroupFlush({ tenantId: input.tenantId, routeVersionId: latest.routeVersionId, nodeId: input.nodeId, event: latest.event, digest });
  const suffix = `#group-${state.flushes + 1}`;
  const ids = { tenantId: input.tenantId, eventId: firstEventId, routeVersionId: latest.routeVersionId };
  const settle = (what: typeof rendered.failed, outcome: 'failed' | 'skipped') =>
    what.map((f) => ({ nodeId: f.nodeId + suffix, nodeType: 'send' as const, outcome, reason: f.reason, detail: { channelId: f.channelId } }));
  await Promise.all([
    ...rendered.sends.map(async ({ channelId, message, ...send }) => {
      const nodeId = send.nodeId + suffix;
      // A send node's mute timing mutes its group notifications too (recorded `muted` by the check itself).
      if (patched(GROUP_MUTE_TIMINGS_PATCH)) {
        const verdict = await local.checkSilences({ ...ids, routeId: input.routeId, event: latest.event, nodeId, channelId, message, muteTimingsOnly: true });
        if (verdict.kind !== 'send') return;
      }
      await sendDurably(control, { ...ids, routeId: input.routeId, nodeId, channelId, message, holdTimeoutMs: DEFAULT_HOLD_MS });
    }),
    // A send that cannot happen still gets its failed delivery row (recordOutcomes writes it), saying why.
    local.recordOutcomes({ ...ids, outcomes: [...settle(rendered.failed, 'failed'), ...settle(rendered.skipped ?? [], 'skipped')] }),
  ]);
}
