import { Injectable } from '@nestjs/common';
import { createSecretMasker, secretValues } from '@signalbox/plugin-sdk';
import {
  childrenOf, defaultGroupMessage, defaultMessage, renderGroupMessage, sampleGroupDigest, type GroupDigest, describeNode, evaluateCondition, FilterBudget, findTrigger, matchesTrigger, RenderBudget, renderMessage, renderTemplate,
  ROUTE_TEMPLATE_BUDGET, TemplateRenderError, validateRouteGraph, type Message, type NodeOf, type RouteGraph, type RouteNode, type SignalboxEvent,
} from '@signalbox/route-model';
import { ChannelSecretsService } from '../channels/channel-secrets.service.js';
import { ApiError } from '../common/api-error.js';
import { resolveEvent } from '../events/event-input.resolve.js';
import type { DryRunInput } from './route.schemas.js';

export interface DryRunStep {
  nodeId: string;
  nodeType: RouteNode['type'];
  outcome: 'passed' | 'filtered' | 'rendered' | 'would_send' | 'failed' | 'skipped';
  reason?: string;
  /** template: the message rendered without escaping; send: the neutral message for that channel's escaping. */
  message?: Message;
  /** send: the payload the channel plugin would send (secrets masked). */
  payloadPreview?: unknown;
}

interface Budgets {
  filter: FilterBudget;
  render: RenderBudget;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Walks a route for one event with the same rules as the routeEvent workflow (filter → default or `else`
 * edges, nearest template feeds each send, first path to a node wins) but with no side effects:
 * throttles are described not counted, nothing is sent or stored.
 */
@Injectable()
export class RouteDryRunService {
  constructor(private readonly channels: ChannelSecretsService) {}

  async run(tenantId: string, graph: RouteGraph, input: DryRunInput) {
    const validation = validateRouteGraph(graph);
    if (!validation.ok) throw ApiError.badRequest('Route graph is not valid; fix these before a dry run', validation.issues);
    const resolved = resolveEvent(input.event, { maxEventBytes: Number.MAX_SAFE_INTEGER });
    if (!resolved.ok) throw new ApiError(resolved.status, resolved.message, resolved.issues);
    const event = resolved.event;
    const steps = new Map<string, DryRunStep>();
    // As in the worker: one regex budget and one rendering budget for the whole route on this event.
    const budgets: Budgets = { filter: new FilterBudget(), render: new RenderBudget(ROUTE_TEMPLATE_BUDGET) };
    const trigger = findTrigger(validation.graph)!;

    // After a group node, templates and sends render for a group of just this event (`{{group}}` in context).
    const visit = async (node: RouteNode, template: NodeOf<'template'> | undefined, group?: GroupDigest): Promise<void> => {
      if (steps.has(node.id)) return;
      const step = await this.step(tenantId, node, event, template, budgets, group).catch((error: unknown) => {
        // A send renders the template that feeds it: that template node is the one to fix.
        throw overBudget(error, validation.graph, node.type === 'send' && template ? template : node);
      });
      steps.set(node.id, step);
      if (step.outcome === 'failed' || (node.type === 'trigger' && step.outcome === 'filtered')) return;
      const handle = node.type === 'filter' && step.outcome === 'filtered' ? 'else' : 'default';
      const next = node.type === 'template' ? node : template;
      const groupHere = node.type === 'group' ? sampleGroupDigest(renderTemplate(node.config.groupBy, event, { escape: 'none' }), [event]) : group;
      for (const child of childrenOf(validation.graph, node.id, { handle })) await visit(child, next, groupHere);
    };
    await visit(trigger, undefined);

    for (const node of validation.graph.nodes) {
      if (!steps.has(node.id)) steps.set(node.id, { nodeId: node.id, nodeType: node.type, outcome: 'skipped', reason: 'not reached for this event' });
    }
    return { dryRun: true, event, steps: [...steps.values()], wouldSend: [...steps.values()].filter((s) => s.outcome === 'would_send').length };
  }

  private async step(
    tenantId: string, node: RouteNode, event: SignalboxEvent, template: NodeOf<'template'> | undefined, budgets: Budgets, group?: GroupDigest,
  ): Promise<DryRunStep> {
    const base = { nodeId: node.id, nodeType: node.type };
    try {
      switch (node.type) {
        case 'trigger': {
          const matched = matchesTrigger(node.config, event);
          const reason = matched ? `type "${event.type}" matches ${node.config.eventTypes.join(', ')}` : `type "${event.type}" does not match ${node.config.eventTypes.join(', ')}${node.config.sources ? ` from ${node.config.sources.join(', ')}` : ''}`;
          return { ...base, outcome: matched ? 'passed' : 'filtered', reason };
        }
        case 'filter': {
          const result = evaluateCondition(node.config.condition, event, budgets.filter);
          return { ...base, outcome: result.passed ? 'passed' : 'filtered', reason: result.reason };
        }
        case 'template': {
          const options = { escape: 'none' as const, within: budgets.render };
          return { ...base, outcome: 'rendered', message: group ? renderGroupMessage(node.config, event, group, options) : renderMessage(node.config, event, options) };
        }
        case 'group': {
          const key = renderTemplate(node.config.groupBy, event, { escape: 'none', within: budgets.render });
          const { groupWaitSeconds: wait, groupIntervalSeconds: interval, repeatIntervalSeconds: repeat } = node.config;
          return { ...base, outcome: 'passed', reason: `would join group "${key}": first notification after ${wait}s, updates every ${interval}s, repeats every ${repeat}s (shown below as a group of this event alone)` };
        }
        case 'throttle': {
          const { mode, limit, windowSeconds } = node.config;
          const key = renderTemplate(node.config.key, event, { escape: 'none', within: budgets.render });
          const rule = mode === 'rate_limit' ? `rate_limit ${limit}/${windowSeconds}s` : `dedupe within ${windowSeconds}s`;
          return { ...base, outcome: 'passed', reason: `would apply ${rule} on key "${key}" (not counted in a dry run)` };
        }
        case 'send':
          return { ...base, ...(await this.previewSend(tenantId, node, event, template, budgets.render, group)) };
      }
    } catch (error) {
      if (error instanceof TemplateRenderError && error.overBudget) throw error;
      return { ...base, outcome: 'failed', reason: errorText(error) };
    }
  }

  private async previewSend(
    tenantId: string, node: NodeOf<'send'>, event: SignalboxEvent, template: NodeOf<'template'> | undefined, within: RenderBudget, group?: GroupDigest,
  ) {
    const loaded = await this.channels.load(tenantId, node.config.channelId).catch(() => undefined);
    if (!loaded) return { outcome: 'failed' as const, reason: `channel "${node.config.channelId}" does not exist` };
    const { definition, fullConfig, channel } = loaded;
    const options = { escape: definition.escape, within };
    const message = group
      ? template ? renderGroupMessage(template.config, event, group, options) : defaultGroupMessage(event, group)
      : template ? renderMessage(template.config, event, options) : defaultMessage(event, { escape: definition.escape });
    const parsed = definition.config.safeParse(fullConfig);
    if (!parsed.success) return { outcome: 'failed' as const, message, reason: `channel "${channel.name}" has invalid config: ${parsed.error.issues[0]?.message}` };
    const mask = createSecretMasker(secretValues(definition, parsed.data));
    const payload = definition.format(message, parsed.data);
    const text = mask(JSON.stringify(payload) ?? 'null');
    const payloadPreview: unknown = (() => { try { return JSON.parse(text); } catch { return text; } })();
    const paused = channel.paused ? ' (channel is paused)' : '';
    return { outcome: 'would_send' as const, reason: `would send to "${channel.name}" via ${definition.id}${paused}`, message, payloadPreview };
  }
}

/**
 * A template over its rendering budget is the route's fault, not the event's: the preview answers 400 naming
 * the node (at send the same template fails that node, permanently and with the same reason).
 */
function overBudget(error: unknown, graph: RouteGraph, node: RouteNode): unknown {
  if (!(error instanceof TemplateRenderError && error.overBudget)) return error;
  const path = `nodes[${graph.nodes.findIndex((n) => n.id === node.id)}]`;
  const message = `${describeNode(node)}: ${error.message}`;
  return ApiError.badRequest(message, [{ path, message, nodeId: node.id }]);
}
