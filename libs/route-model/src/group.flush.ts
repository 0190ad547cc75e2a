// One notification of a group node, rendered: what follows the group (templates and sends only, by
// validation) for a GroupDigest. The worker's renderGroupFlush activity renders each real notification with
// it; the dry run renders a group of the one event it was given, so both show the same messages.
import type { SignalboxEvent } from './event.schema.js';
import type { GroupDigest } from './group.digest.js';
import { childrenOf } from './graph.walk.js';
import type { EscapeMode, Message } from './message.js';
import type { ChannelEscape, PendingSend } from './route.plan.types.js';
import { channelNotFound } from './route.plan.js';
import type { NodeOf, RouteGraph } from './route.schema.js';
import { RenderBudget, ROUTE_TEMPLATE_BUDGET } from './template.budget.js';
import { defaultGroupMessage, renderGroupMessage } from './template.group.js';

export interface GroupFlush {
  sends: PendingSend[];
  /** Sends that cannot happen (template failed, channel missing), with the reason. */
  failed: Array<{ nodeId: string; channelId: string; reason: string }>;
  /** Sends that sit this notification out: a resolution, and the send node has `sendResolved` off. */
  skipped: Array<{ nodeId: string; channelId: string; reason: string }>;
  /** With `previewTemplates`: each template after the group rendered unescaped, or why it failed. */
  templates: Record<string, { message?: Message; error?: string }>;
}

export interface GroupFlushOptions {
  /** The channel port, as for planRoute: a send's escaping, or why it cannot be sent to. */
  channel: (channelId: string) => ChannelEscape | undefined;
  /** The dry run also shows each template unescaped. */
  previewTemplates?: boolean;
  /** Sees a template that failed to render before it becomes a failed send (the dry run turns over-budget into a 400). */
  onRenderError?: (nodeId: string, error: unknown) => void;
}

/**
 * Each send after the group takes the nearest template between the group and itself, rendered with
 * `{{group}}` in its context for that send's escaping; a send with no such template gets the default
 * group message. A node reachable along two paths runs once (the first path wins), as in the walk.
 */
export function renderGroupFlush(
  graph: RouteGraph, groupNodeId: string, event: SignalboxEvent, digest: GroupDigest, options: GroupFlushOptions,
): GroupFlush {
  const within = new RenderBudget(ROUTE_TEMPLATE_BUDGET);
  const out: GroupFlush = { sends: [], failed: [], skipped: [], templates: {} };
  const seen = new Set<string>();
  const render = (template: NodeOf<'template'>, escape: EscapeMode) => {
    try {
      return { message: renderGroupMessage(template.config, event, digest, { escape, within }) };
    } catch (err) {
      options.onRenderError?.(template.id, err);
      return { error: `template failed to render: ${err instanceof Error ? err.message : String(err)}` };
    }
  };
  const visit = (nodeId: string, template: NodeOf<'template'> | undefined) => {
    for (const node of childrenOf(graph, nodeId)) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      if (node.type === 'template') {
        if (options.previewTemplates) out.templates[node.id] = render(node, 'none');
        visit(node.id, node);
      }
      if (node.type !== 'send') continue;
      const { channelId } = node.config;
      if (digest.status === 'resolved' && node.config.sendResolved === false) {
        out.skipped.push({ nodeId: node.id, channelId, reason: GROUP_RESOLVED_SKIP });
        continue;
      }
      const known = options.channel(channelId);
      const problem = known ? known.error : channelNotFound(channelId);
      if (problem || !known) {
        out.failed.push({ nodeId: node.id, channelId, reason: problem ?? channelNotFound(channelId) });
        continue;
      }
      const rendered = template ? render(template, known.escape) : { message: defaultGroupMessage(event, digest) };
      if (rendered.message) out.sends.push({ nodeId: node.id, channelId, message: rendered.message });
      else out.failed.push({ nodeId: node.id, channelId, reason: rendered.error! });
    }
  };
  visit(groupNodeId, undefined);
  return out;
}

export const GROUP_RESOLVED_SKIP = 'the group resolved, and this send node has send_resolved off';

/** The words for an event joining its group: the worker's joinGroup reason and, with a suffix, the dry run's. */
export function groupJoinReason(node: { key: string; timing: { groupWaitSeconds: number } }): string {
  return `joined group ${JSON.stringify(node.key)}; notified after group_wait ${node.timing.groupWaitSeconds}s`;
}

export const NOT_JOINED = ' (not joined in a dry run; what follows is shown as a group of this event alone)';
