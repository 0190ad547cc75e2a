import { Injectable } from '@nestjs/common';
import {
  describeNode, describeThrottle, findTrigger, groupJoinReason, interpretRoute, NOT_JOINED, NOT_REACHED, planRoute, renderGroupFlush, sampleGroupDigest,
  TemplateRenderError, triggerAccepts, validateRouteGraph, type Message, type RouteGraph, type RouteNode, type SignalboxEvent,
} from '@signalbox/route-model';
import type { RequestPreview } from '@signalbox/plugin-sdk';
import { ChannelSecretsService } from '../channels/channel-secrets.service.js';
import { ApiError } from '../common/api-error.js';
import { resolveEvent } from '../events/event-input.resolve.js';
import { SilenceDryRun } from '../silences/silence.dry-run.js';
import { loadDryRunChannels, type DryRunChannels } from './route-dry-run.channels.js';
import type { DryRunInput } from './route.schemas.js';

export interface DryRunStep {
  nodeId: string;
  nodeType: RouteNode['type'];
  outcome: 'passed' | 'filtered' | 'rendered' | 'would_send' | 'failed' | 'skipped' | 'grouped';
  reason?: string;
  /** template: the message rendered without escaping; send: the neutral message for that channel's escaping. */
  message?: Message;
  /** send: the payload the channel plugin would send (secrets masked). */
  payloadPreview?: unknown;
  /** send: the request besides the payload (headers with per-attempt values described), when the plugin describes it. */
  requestPreview?: RequestPreview;
}

/**
 * Runs a route for one event through the worker's own interpreter (route-model's planRoute and
 * interpretRoute) with "describe, do not count" ports: throttles are described, sends are previewed,
 * nothing is sent or stored. Steps come in the graph's node order.
 */
@Injectable()
export class RouteDryRunService {
  constructor(
    private readonly channels: ChannelSecretsService,
    private readonly silences: SilenceDryRun,
  ) {}

  async run(tenantId: string, graph: RouteGraph, input: DryRunInput) {
    const validation = validateRouteGraph(graph);
    if (!validation.ok) throw ApiError.badRequest('Route graph is not valid; fix these before a dry run', validation.issues);
    const resolved = resolveEvent(input.event, { maxEventBytes: Number.MAX_SAFE_INTEGER });
    if (!resolved.ok) throw new ApiError(resolved.status, resolved.message, resolved.issues);
    const { event } = resolved;
    const routeGraph = validation.graph;
    const trigger = findTrigger(routeGraph)!;
    // Ingest's job in production (an event that does not match never reaches the worker): here, say so.
    if (!triggerAccepts(trigger.config, event)) return result(event, routeGraph, new Map([[trigger.id, unmatched(trigger, event.type)]]));

    // Over budget is the route's fault, not the event's: 400 naming the node (the worker fails that node).
    const onRenderError = (nodeId: string, error: unknown) => {
      if (error instanceof TemplateRenderError && error.overBudget) throw overBudget(error, routeGraph, nodeId);
    };
    const channels = await loadDryRunChannels(this.channels, tenantId, routeGraph);
    const plan = planRoute(routeGraph, event, {
      channel: (id) => channels.escape(id),
      alsoRender: ['none'],
      onRenderError,
    });
    const walked = await interpretRoute(plan, {
      throttle: async (_id, node) => describeThrottle(node),
      group: async (_id, node) => ({ reason: `${groupJoinReason(node)}${NOT_JOINED}` }),
    });

    const steps = new Map<string, DryRunStep>();
    for (const o of walked.outcomes) {
      const node = plan.nodes[o.nodeId];
      const message = node?.type === 'template' && o.outcome === 'rendered' ? node.messages.none : undefined;
      steps.set(o.nodeId, { nodeId: o.nodeId, nodeType: o.nodeType, outcome: o.outcome as DryRunStep['outcome'], ...(o.reason ? { reason: o.reason } : {}), ...(message ? { message } : {}) });
    }
    for (const send of walked.sends) {
      steps.set(send.nodeId, { nodeId: send.nodeId, nodeType: 'send', message: send.message, ...channels.preview(send.channelId, send.message) });
    }
    previewGroups(routeGraph, event, walked.outcomes, steps, channels, onRenderError);
    // Sends (and groups) a silence or mute timing would stop right now say so (the worker records them silenced/muted).
    const stoppable = [...steps.values()].filter((s) => s.outcome === 'would_send' || (s.nodeType === 'group' && s.outcome === 'grouped'));
    const notes = await this.silences.notes(tenantId, event, routeGraph, stoppable.map((s) => s.nodeId));
    for (const step of stoppable) if (notes.has(step.nodeId)) step.reason = `${step.reason}, but ${notes.get(step.nodeId)}`;
    return result(event, routeGraph, steps);
  }
}

/**
 * What follows a group node is `grouped` (as the worker records it): the dry run adds what the group's
 * first notification would show if this event were alone in it, rendered by the worker's own
 * renderGroupFlush. The outcome stays `grouped`; a send that could not go out says why in its reason.
 */
function previewGroups(
  graph: RouteGraph, event: SignalboxEvent, outcomes: Array<{ nodeId: string; nodeType: RouteNode['type']; outcome: string; detail?: Record<string, unknown> }>,
  steps: Map<string, DryRunStep>, channels: DryRunChannels, onRenderError: (nodeId: string, error: unknown) => void,
): void {
  for (const joined of outcomes.filter((o) => o.nodeType === 'group' && o.outcome === 'grouped')) {
    const digest = sampleGroupDigest(String(joined.detail?.key ?? ''), [event]);
    const flush = renderGroupFlush(graph, joined.nodeId, event, digest, { channel: (id) => channels.escape(id), previewTemplates: true, onRenderError });
    for (const [nodeId, rendered] of Object.entries(flush.templates)) {
      const step = steps.get(nodeId);
      if (step && rendered.message) step.message = rendered.message;
      if (step && rendered.error) step.reason = `${step.reason}; ${rendered.error}`;
    }
    for (const send of flush.sends) {
      const step = steps.get(send.nodeId);
      if (!step) continue;
      const preview = channels.preview(send.channelId, send.message);
      step.message = send.message;
      if (preview.payloadPreview !== undefined) step.payloadPreview = preview.payloadPreview;
      if (preview.requestPreview !== undefined) step.requestPreview = preview.requestPreview;
      if (preview.outcome === 'failed') step.reason = `${step.reason}; would fail: ${preview.reason}`;
    }
    for (const failed of flush.failed) {
      const step = steps.get(failed.nodeId);
      if (step) step.reason = `${step.reason}; would fail: ${failed.reason}`;
    }
    for (const skipped of flush.skipped) {
      const step = steps.get(skipped.nodeId);
      if (step) step.reason = `${step.reason}; would skip: ${skipped.reason}`;
    }
  }
}

function result(event: unknown, graph: RouteGraph, decided: Map<string, DryRunStep>) {
  const steps = graph.nodes.map((n): DryRunStep => decided.get(n.id) ?? { nodeId: n.id, nodeType: n.type, outcome: 'skipped', reason: NOT_REACHED });
  return { dryRun: true as const, event, steps, wouldSend: steps.filter((s) => s.outcome === 'would_send').length };
}

function unmatched(trigger: Extract<RouteNode, { type: 'trigger' }>, type: string): DryRunStep {
  const { eventTypes, sources, schedule } = trigger.config;
  const expected = schedule ? `a schedule trigger (it takes only its own summary events)` : eventTypes.join(', ');
  const reason = `type "${type}" does not match ${expected}${sources?.length ? ` from ${sources.join(', ')}` : ''}`;
  return { nodeId: trigger.id, nodeType: 'trigger', outcome: 'filtered', reason };
}

function overBudget(error: TemplateRenderError, graph: RouteGraph, nodeId: string): ApiError {
  const index = graph.nodes.findIndex((n) => n.id === nodeId);
  const message = `${describeNode(graph.nodes[index]!)}: ${error.message}`;
  return ApiError.badRequest(message, [{ path: `nodes[${index}]`, message, nodeId }]);
}
