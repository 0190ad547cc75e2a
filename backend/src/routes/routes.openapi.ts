import { z } from 'zod';
import { routeGraphSchema } from '@signalbox/route-model';

/** Response schemas of the routes API: documented in /openapi.json and enforced (ResponseContractInterceptor). */
const issue = z.object({ nodeId: z.string().optional(), path: z.string(), message: z.string() });

const routeFields = {
  id: z.string(), name: z.string(), description: z.string(), status: z.enum(['draft', 'published', 'disabled']),
  publishedVersion: z.number().int().nullable(), publishedVersionId: z.string().nullable(),
  issues: z.array(issue).describe('Structural problems that would block publishing (empty when publishable)'),
  subscriptionChannelId: z.string().nullable().describe("Set when the route was generated from this channel's subscriptions (edit them there)"),
  createdAt: z.string(), updatedAt: z.string(),
};

const channelIssues = z
  .array(z.object({
    nodeId: z.string(), channelId: z.string(), channelName: z.string().nullable(),
    problem: z.enum(['missing', 'paused', 'disabled']), message: z.string(),
  }))
  .describe("Live (published, enabled) routes only: sends of the published version whose channel is missing, paused or disabled");

export const routeSchema = z.object({ ...routeFields, channelIssues: channelIssues.optional(), graph: routeGraphSchema.describe('The editable draft graph') });

export const publishedRouteSchema = routeSchema.extend({ publishedAt: z.string().describe('When this version was frozen') });

export const routeListSchema = z.object({
  items: z.array(z.object({
    ...routeFields,
    channelIssues,
    nodeCount: z.number().int(),
    eventsMatched24h: z.number().int().describe('Events that matched any version of this route in the last 24 h'),
    deliverySuccessRate24h: z.number().nullable().describe('delivered / (delivered + failed) over 24 h; null without finished deliveries'),
  })),
});

const versionFields = { id: z.string(), routeId: z.string(), version: z.number().int(), triggerTypes: z.array(z.string()), note: z.string().nullable(), createdAt: z.string() };
export const versionListSchema = z.object({ items: z.array(z.object(versionFields)) });
export const versionSchema = z.object({ ...versionFields, graph: routeGraphSchema });

export const dryRunResultSchema = z.object({
  dryRun: z.literal(true),
  event: z.record(z.string(), z.unknown()).describe('The event with defaults applied'),
  wouldSend: z.number().int(),
  steps: z.array(z.object({
    nodeId: z.string(), nodeType: z.string(),
    outcome: z.enum(['passed', 'filtered', 'rendered', 'would_send', 'failed', 'skipped', 'grouped']),
    reason: z.string().optional(),
    message: z.record(z.string(), z.unknown()).optional().describe('Rendered neutral message (template and send nodes)'),
    payloadPreview: z.unknown().optional().describe("The channel plugin's formatted payload, secrets masked; nothing is sent"),
    requestPreview: z.object({
      method: z.string(),
      headers: z.array(z.object({ name: z.string(), value: z.string(), note: z.string().optional() })),
      body: z.string().optional().describe('The exact body bytes, when they differ from the JSON of the payload'),
    }).optional().describe('The request the plugin would make besides the payload: headers (values known only at send time are described, secrets masked)'),
  })),
});
