// Activities of the group node: joining a group (signal-with-start of its entity workflow) and rendering one
// notification of a group for the sends after the group node.
import { createHash } from 'node:crypto';
import {
  childrenOf, defaultGroupMessage, RenderBudget, renderGroupMessage, ROUTE_TEMPLATE_BUDGET, toGroupAlert,
  type EscapeMode, type GroupDigest, type NodeOf, type SignalboxEvent,
} from '@signalbox/route-model';
import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { JoinGroupInput } from '../route-plan.types.js';
import { GROUP_EVENT_SIGNAL, GROUP_WORKFLOW, type GroupSignal, type GroupWorkflowInput } from '../workflows/group.contract.js';
import type { PendingSend } from '../workflows/route-walk.js';
import type { GraphCache } from './graph.cache.js';
import { channelEscapes, errorText } from './plan-route.activity.js';
import type { PluginLookup } from './plugin.lookup.js';

/** One entity workflow per (tenant, route, node, key): the id itself dedups across any number of workers. */
export const groupWorkflowId = (input: Pick<JoinGroupInput, 'tenantId' | 'routeId' | 'nodeId' | 'key'>) =>
  `group:${input.tenantId}:${input.routeId}:${input.nodeId}:${createHash('sha256').update(input.key).digest('hex').slice(0, 32)}`;

/** The group keeps a summary of the event, not its payload: its state must stay small through continue-as-new. */
const eventSummary = (event: SignalboxEvent): SignalboxEvent => ({ ...event, data: {} });

/**
 * Signal-with-start: starts the group's workflow if none is running, and hands it the event either way.
 * A retried activity signals again; the workflow ignores an event id it has already merged.
 */
export function createJoinGroup() {
  return async function joinGroup(input: JoinGroupInput): Promise<{ reason: string }> {
    const { client, info } = Context.current();
    const workflowId = groupWorkflowId(input);
    const start: GroupWorkflowInput = {
      tenantId: input.tenantId, routeId: input.routeId, nodeId: input.nodeId, groupKey: input.key, timing: input.timing,
    };
    const signal: GroupSignal = { alert: toGroupAlert(input.event), event: eventSummary(input.event), routeVersionId: input.routeVersionId };
    await client.workflow.signalWithStart(GROUP_WORKFLOW, {
      workflowId, taskQueue: info.taskQueue, args: [start], signal: GROUP_EVENT_SIGNAL, signalArgs: [signal],
    });
    return { reason: `joined group ${JSON.stringify(input.key)}; notified after group_wait ${input.timing.groupWaitSeconds}s` };
  };
}

export interface RenderGroupFlushInput {
  tenantId: string;
  routeVersionId: string;
  nodeId: string;
  event: SignalboxEvent;
  digest: GroupDigest;
}

export interface RenderedGroupFlush {
  sends: PendingSend[];
  /** Sends that cannot happen (template failed, channel missing), with the reason. */
  failed: Array<{ nodeId: string; channelId: string; reason: string }>;
}

/**
 * What follows the group node, rendered for this notification: each template with `{{group}}` in its
 * context for the escaping of each send it feeds; a send with no template gets the default group message.
 */
export function createRenderGroupFlush(deps: { dataSource: DataSource; graphs: GraphCache; plugins: PluginLookup }) {
  return async function renderGroupFlush(input: RenderGroupFlushInput): Promise<RenderedGroupFlush> {
    const { graph } = await deps.graphs.get(input.tenantId, input.routeVersionId);
    const escapes = await channelEscapes({ dataSource: deps.dataSource, plugins: deps.plugins }, input.tenantId, graph);
    const budget = new RenderBudget(ROUTE_TEMPLATE_BUDGET);
    const out: RenderedGroupFlush = { sends: [], failed: [] };
    const seen = new Set<string>();
    const visit = (nodeId: string, template: NodeOf<'template'> | undefined) => {
      for (const node of childrenOf(graph, nodeId)) {
        if (seen.has(node.id)) continue;
        seen.add(node.id);
        if (node.type === 'template') visit(node.id, node);
        if (node.type !== 'send') continue;
        const { channelId } = node.config;
        const known = escapes.get(channelId);
        const problem = known ? known.error : `channel ${channelId} not found`;
        if (problem) {
          out.failed.push({ nodeId: node.id, channelId, reason: problem });
          continue;
        }
        try {
          const message = template
            ? renderGroupMessage(template.config, input.event, input.digest, { escape: known!.escape as EscapeMode, within: budget })
            : defaultGroupMessage(input.event, input.digest);
          out.sends.push({ nodeId: node.id, channelId, message });
        } catch (err) {
          out.failed.push({ nodeId: node.id, channelId, reason: `template failed to render: ${errorText(err)}` });
        }
      }
    };
    visit(input.nodeId, undefined);
    return out;
  };
}
