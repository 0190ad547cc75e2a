// Activities of the group node: joining a group (signal-with-start of its entity workflow) and rendering one
// notification of a group for the sends after the group node.
import { createHash } from 'node:crypto';
import {
  groupJoinReason, renderGroupFlush as renderFlush, toGroupAlert, type GroupDecision, type GroupDigest, type GroupFlush, type SignalboxEvent,
} from '@signalbox/route-model';
import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { JoinGroupInput } from '../route-plan.types.js';
import { GROUP_EVENT_SIGNAL, GROUP_WORKFLOW, type GroupSignal, type GroupWorkflowInput } from '../workflows/group.contract.js';
import type { GraphCache } from './graph.cache.js';
import { channelEscapes } from './plan-route.activity.js';
import type { PluginLookup } from './plugin.lookup.js';
import { activeSilence, silencedReason } from './silence.check.activity.js';

/** One entity workflow per (tenant, route, node, key): the id itself dedups across any number of workers. */
export const groupWorkflowId = (input: Pick<JoinGroupInput, 'tenantId' | 'routeId' | 'nodeId' | 'key'>) =>
  `group:${input.tenantId}:${input.routeId}:${input.nodeId}:${createHash('sha256').update(input.key).digest('hex').slice(0, 32)}`;

/** The group keeps a summary of the event, not its payload: its state must stay small through continue-as-new. */
const eventSummary = (event: SignalboxEvent): SignalboxEvent => ({ ...event, data: {} });

/**
 * Signal-with-start: starts the group's workflow if none is running, and hands it the event either way.
 * A retried activity signals again; the workflow ignores an event id it has already merged. A silenced
 * event stays out of the group (as Alertmanager leaves silenced alerts out of its notifications): checked
 * here, against the whole event, because the group keeps only a summary of each one.
 */
export function createJoinGroup(dataSource: DataSource) {
  return async function joinGroup(input: JoinGroupInput): Promise<GroupDecision> {
    const silence = await activeSilence(dataSource, input.tenantId, input.event, Date.now());
    if (silence) return { reason: silencedReason(silence), silenceId: silence.id };
    const { client, info } = Context.current();
    const workflowId = groupWorkflowId(input);
    const start: GroupWorkflowInput = {
      tenantId: input.tenantId, routeId: input.routeId, nodeId: input.nodeId, groupKey: input.key, timing: input.timing,
    };
    const signal: GroupSignal = { alert: toGroupAlert(input.event), event: eventSummary(input.event), routeVersionId: input.routeVersionId };
    await client.workflow.signalWithStart(GROUP_WORKFLOW, {
      workflowId, taskQueue: info.taskQueue, args: [start], signal: GROUP_EVENT_SIGNAL, signalArgs: [signal],
    });
    return { reason: groupJoinReason(input) };
  };
}

export interface RenderGroupFlushInput {
  tenantId: string;
  routeVersionId: string;
  nodeId: string;
  event: SignalboxEvent;
  digest: GroupDigest;
}

export type RenderedGroupFlush = Pick<GroupFlush, 'sends' | 'failed' | 'skipped'>;

/**
 * What follows the group node, rendered for this notification by route-model's renderGroupFlush (the
 * dry run renders with the same function), with the worker's channel port.
 */
export function createRenderGroupFlush(deps: { dataSource: DataSource; graphs: GraphCache; plugins: PluginLookup }) {
  return async function renderGroupFlush(input: RenderGroupFlushInput): Promise<RenderedGroupFlush> {
    const { graph } = await deps.graphs.get(input.tenantId, input.routeVersionId);
    const channels = await channelEscapes({ dataSource: deps.dataSource, plugins: deps.plugins }, input.tenantId, graph);
    const { sends, failed, skipped } = renderFlush(graph, input.nodeId, input.event, input.digest, { channel: (id) => channels.get(id) });
    return { sends, failed, skipped };
  };
}
