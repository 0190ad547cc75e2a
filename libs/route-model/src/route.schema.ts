import { z } from 'zod';
import { SEVERITIES } from './event.schema.js';

export const FILTER_OPERATORS = [
  'equals', 'not_equals', 'in', 'not_in', 'contains', 'starts_with', 'matches',
  'exists', 'gt', 'gte', 'lt', 'lte', 'severity_at_least',
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export const filterRuleSchema = z.strictObject({
  field: z.string().min(1).describe('Dot path into the event, e.g. "severity" or "data.status"'),
  operator: z.enum(FILTER_OPERATORS),
  value: z.unknown().optional(),
});
export type FilterRule = z.infer<typeof filterRuleSchema>;

export interface ConditionGroup {
  combinator: 'and' | 'or';
  rules: Array<FilterRule | ConditionGroup>;
}
export const conditionGroupSchema: z.ZodType<ConditionGroup> = z.lazy(() =>
  z.strictObject({
    combinator: z.enum(['and', 'or']),
    rules: z.array(z.union([filterRuleSchema, conditionGroupSchema])),
  }),
);

/** A schedule trigger: Temporal Schedules run the route at each tick (cron checks: schedule.cron.ts). */
export const triggerScheduleSchema = z.strictObject({
  cron: z.string().min(1).max(100).describe('Five-field cron: minute hour day-of-month month day-of-week, e.g. "0 8 * * 1"'),
  timeZone: z.string().min(1).max(100).default('UTC').describe('IANA time zone the cron is read in, e.g. "Europe/Berlin"'),
});
export type TriggerSchedule = z.infer<typeof triggerScheduleSchema>;

const muteTimingIds = z.array(z.uuid({ error: 'must be a mute timing id (UUID)' })).max(10).optional();

export const triggerConfigSchema = z
  .strictObject({
    eventTypes: z.array(z.string().min(1)).describe('Event types; "*" and "deploy.*" wildcards allowed. Empty for a schedule trigger'),
    sources: z.array(z.string().min(1)).optional(),
    schedule: triggerScheduleSchema.optional().describe('Start the route on a schedule, with a summary of its window, instead of on events'),
    muteTimingIds: muteTimingIds.describe('Mute timings (weekly windows) during which every send of this route is muted, not sent'),
  })
  .superRefine((config, ctx) => {
    if (!config.schedule && config.eventTypes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['eventTypes'], message: 'needs at least 1 item (or a schedule)' });
    }
    if (config.schedule && config.eventTypes.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['eventTypes'], message: 'must be empty on a schedule trigger (it starts from its schedule, not from events)' });
    }
  });
export const filterConfigSchema = z.strictObject({ condition: conditionGroupSchema });
export const templateConfigSchema = z.strictObject({
  title: z.string().max(10_000),
  body: z.string().max(100_000).default(''),
  url: z.string().max(2_000).optional(),
  fields: z.array(z.strictObject({ label: z.string().max(1_000), value: z.string().max(10_000) })).max(100).default([]),
});
export const throttleConfigSchema = z.strictObject({
  mode: z.enum(['rate_limit', 'dedupe']),
  key: z.string().max(1_000).default('{{type}}').describe('Handlebars template; events with the same key share a limit'),
  limit: z.number().int().min(1).max(1_000_000).default(1).describe('rate_limit: events allowed per window'),
  windowSeconds: z.number().int().min(1).max(31 * 24 * 3600),
});
/**
 * Alertmanager's aggregation group: events with the same `groupBy` key are collected for `groupWaitSeconds`,
 * then notified as one message; afterwards the group is looked at every `groupIntervalSeconds` and notified
 * again only when it changed (a new firing alert, or a resolution with `sendResolved`), or when it stayed the
 * same for `repeatIntervalSeconds`. Defaults are Alertmanager's (30 s, 5 m, 4 h).
 */
export const groupConfigSchema = z.strictObject({
  groupBy: z.string().min(1).max(1_000).default('{{source}}/{{type}}').describe('Handlebars template; events with the same key form one group'),
  groupWaitSeconds: z.number().int().min(0).max(24 * 3600).default(30),
  groupIntervalSeconds: z.number().int().min(1).max(7 * 24 * 3600).default(300),
  repeatIntervalSeconds: z.number().int().min(1).max(31 * 24 * 3600).default(14_400),
  sendResolved: z.boolean().default(true),
});
export const sendConfigSchema = z.strictObject({
  channelId: z.string().min(1),
  sendResolved: z
    .boolean()
    .optional()
    .describe('Send recovery events (a problem resolved) to this channel too. Default true, as in Alertmanager.'),
  muteTimingIds: muteTimingIds.describe('Mute timings (weekly windows) during which this send is muted, not sent'),
});

const position = z.strictObject({ x: z.number(), y: z.number() }).optional();
const node = <T extends string, C extends z.ZodType>(type: T, config: C) =>
  z.strictObject({ id: z.string().min(1).max(100), type: z.literal(type), position, label: z.string().max(200).optional(), config });

export const routeNodeSchema = z.discriminatedUnion('type', [
  node('trigger', triggerConfigSchema),
  node('filter', filterConfigSchema),
  node('template', templateConfigSchema),
  node('throttle', throttleConfigSchema),
  node('group', groupConfigSchema),
  node('send', sendConfigSchema),
]);
export type RouteNode = z.infer<typeof routeNodeSchema>;
export type RouteNodeType = RouteNode['type'];
export type NodeOf<T extends RouteNodeType> = Extract<RouteNode, { type: T }>;

/** `sourceHandle: "else"` on an edge leaving a filter is followed only when the filter fails. */
export const routeEdgeSchema = z.strictObject({
  id: z.string().max(200).optional(),
  source: z.string().min(1),
  target: z.string().min(1),
  sourceHandle: z.enum(['else']).nullish(),
});
export type RouteEdge = z.infer<typeof routeEdgeSchema>;

/** The shape drawn in the editor (React Flow compatible). Structural rules live in graph.validate.ts. */
export const routeGraphSchema = z.strictObject({
  nodes: z.array(routeNodeSchema).max(500),
  edges: z.array(routeEdgeSchema).max(2_000),
});
export type RouteGraph = z.infer<typeof routeGraphSchema>;

export const severityOrder = SEVERITIES;

/**
 * The mute timings that apply to one send node: the route's own (named on its trigger) and the send's. A group
 * notification's delivery node id is `<send node>#group-<n>`; it is muted like its send node.
 */
export function muteTimingIdsForSend(graph: RouteGraph, deliveryNodeId: string): string[] {
  const sendNodeId = deliveryNodeId.split('#')[0];
  const ids = graph.nodes.flatMap((n) => (n.type === 'trigger' || (n.type === 'send' && n.id === sendNodeId) ? (n.config.muteTimingIds ?? []) : []));
  return [...new Set(ids)];
}
