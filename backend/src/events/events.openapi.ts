import { z } from 'zod';
import { EVENT_OUTCOMES } from './event-outcome.sql.js';
import { EVENT_STATUSES } from './event-query.types.js';

/** Response schemas of the events API: documented in /openapi.json and enforced (ResponseContractInterceptor). */
const matchedRoute = z.object({ routeId: z.string(), routeVersionId: z.string(), version: z.number().int() });

export const ingestResultSchema = z.object({
  id: z.string().describe('The event id (generated when the body had none)'),
  status: z.enum(['routed', 'unmatched']).describe('routed: a workflow runs it on matchedRoutes; unmatched: recorded only'),
  matchedRoutes: z.array(matchedRoute).describe('Published route versions the event matched at ingest'),
});

/**
 * The batch envelope as the API validates it: only the envelope is a 400; each item is judged on its own and an
 * invalid one is `rejected` in the results (so the document must not claim items are refused up front).
 */
export const batchBodySchema = z.strictObject({
  events: z
    .array(z.unknown().describe('An event as POST /v1/events takes it; an invalid one is rejected on its own'))
    .min(1)
    .max(1000),
});

export const batchResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  results: z.array(
    z.object({
      index: z.number().int().describe('Position in the submitted `events` array'),
      result: z.enum(['accepted', 'duplicate', 'rejected']),
      id: z.string().optional(),
      status: z.enum(['routed', 'unmatched']).optional(),
      matchedRoutes: z.array(matchedRoute).optional(),
      message: z.string().optional(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  ),
});

/** `silenced` / `muted`: a silence or mute timing stopped the send (nothing left; see silenceId / muteTimingId). */
export const DELIVERY_STATUSES = ['pending', 'retrying', 'held', 'delivered', 'failed', 'silenced', 'muted'] as const;

const outcome = z.object({
  nodeId: z.string(), nodeType: z.string(), outcome: z.string(), reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(), recordedAt: z.string(),
});
export const deliverySummarySchema = z.object({
  id: z.string(), routeId: z.string(), routeVersionId: z.string(), nodeId: z.string(), channelId: z.string(),
  status: z.enum(DELIVERY_STATUSES), attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(), lastError: z.string().nullable(), createdAt: z.string(), deliveredAt: z.string().nullable(),
  silenceId: z.string().nullable().describe('Status silenced: the silence that matched the event'),
  muteTimingId: z.string().nullable().describe('Status muted: the send node\'s mute timing whose window it fell in'),
});

const eventFields = {
  id: z.string(), type: z.string(), source: z.string(), severity: z.string(), subject: z.string().nullable(),
  timestamp: z.string(), receivedAt: z.string(),
  outcome: z.enum(EVENT_OUTCOMES).describe('What became of the event, derived from node outcomes and deliveries (see GET /v1/events)'),
  status: z.enum(EVENT_STATUSES).describe('Dispatch state only: matching (internal event, not matched yet), accepted (workflow not started yet), routed (started), unmatched'),
  replayOf: z.string().nullable().describe('The event this one replays'),
};

export const eventDetailSchema = z.object({
  ...eventFields,
  data: z.record(z.string(), z.unknown()),
  idempotencyKey: z.string().nullable(),
  workflowId: z.string().nullable(),
  replays: z.array(z.object({ id: z.string(), receivedAt: z.string() })).describe('Replays of this event, oldest first'),
  matchedRoutes: z.array(
    z.object({ routeId: z.string().nullable(), name: z.string().nullable(), routeVersionId: z.string(), version: z.number().int().nullable(), outcomes: z.array(outcome) }),
  ),
  deliveries: z.array(deliverySummarySchema),
});

export const eventListSchema = z.object({
  items: z.array(z.object({ ...eventFields, matchedRouteCount: z.number().int() })),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});
