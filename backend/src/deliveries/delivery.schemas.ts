import { z } from 'zod';
import { cursorParam, limitParam } from '../common/cursor.codec.js';
import { instantSchema } from '../common/instant.schemas.js';
import { DELIVERY_STATUSES, deliverySummarySchema } from '../events/events.openapi.js';
import { DELIVERY_ERROR_CLASSES } from './delivery-error-class.sql.js';

const uuid = (what: string) => z.uuid({ error: `must be a ${what} id (UUID)` });

export const listDeliveriesQuerySchema = z
  .strictObject({
    status: z.enum(DELIVERY_STATUSES).optional(),
    routeId: uuid('route').optional(),
    channelId: uuid('channel').optional(),
    eventId: z.string().min(1).max(200).optional(),
    errorClass: z.enum(DELIVERY_ERROR_CLASSES).optional().describe('Failed deliveries of this error class only'),
    since: instantSchema('must be an ISO 8601 date-time').optional(),
    until: instantSchema('must be an ISO 8601 date-time').optional(),
    limit: limitParam,
    cursor: cursorParam,
  })
  .refine((q) => !q.since || !q.until || q.since <= q.until || new Date(q.since) <= new Date(q.until), { path: ['until'], message: 'must not be before since' });
export type ListDeliveriesQuery = z.output<typeof listDeliveriesQuerySchema>;

export const deliveryRowSchema = deliverySummarySchema.extend({
  eventId: z.string(),
  eventType: z.string().nullable().describe('The event\'s type (joined from the event)'),
  eventSubject: z.string().nullable(),
  routeName: z.string().nullable().describe('The route\'s current name'),
  resendOf: z.string().nullable().describe('For a manual resend (node <node>#resend-<n>): the send node it repeats'),
  errorClass: z.enum(DELIVERY_ERROR_CLASSES).nullable().describe('For a failed delivery: rate_limited, client_error, server_error, timeout, network, channel or other'),
});
export const deliveryListSchema = z.object({ items: z.array(deliveryRowSchema), nextCursor: z.string().nullable() });

export const deliveryDetailSchema = deliverySummarySchema.extend({
  eventId: z.string(),
  idempotencyKey: z.string(),
  message: z.record(z.string(), z.unknown()).nullable().describe('The rendered neutral message'),
  updatedAt: z.string(),
  maxAttempts: z.number().int().nullable().describe('The retry policy\'s attempt budget ("attempt N of M")'),
  nextAttemptAt: z.string().nullable().describe('While retrying: when the next attempt is due'),
  cancellable: z.boolean().describe('Retrying or held: POST /v1/deliveries/:id/cancel stops it'),
  attemptList: z.array(z.object({
    attempt: z.number().int(), outcome: z.enum(['delivered', 'retryable_error', 'permanent_error', 'in_flight', 'interrupted']), statusCode: z.number().int().nullable(),
    latencyMs: z.number().int(), error: z.string().nullable(), responseExcerpt: z.string().nullable(), startedAt: z.string(),
  })),
});

export const resendAcceptedSchema = z.object({
  workflowId: z.string().describe('resend:<tenant>:<deliveryId>:<n or Idempotency-Key>'),
  eventId: z.string(),
  nodeId: z.string().describe('The new delivery\'s node id, <send node>#resend-<n>'),
  resendOf: z.string().describe('The delivery that was resent'),
});

/** `POST /v1/deliveries/resend`: which failed deliveries to send again (the newest `limit`). */
export const bulkResendSchema = z
  .strictObject({
    channelId: uuid('channel').optional(),
    routeId: uuid('route').optional(),
    errorClass: z.enum(DELIVERY_ERROR_CLASSES).optional(),
    since: instantSchema('must be an ISO 8601 date-time').optional(),
    until: instantSchema('must be an ISO 8601 date-time').optional(),
    limit: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
  })
  .refine((q) => !q.since || !q.until || Date.parse(q.since) <= Date.parse(q.until), { path: ['until'], message: 'must not be before since' });
export type BulkResendInput = z.output<typeof bulkResendSchema>;

export const cancelDeliverySchema = z.strictObject({
  reason: z.string().trim().min(1, 'must not be empty').max(500).optional().describe('Shown as the delivery\'s last error'),
});
export type CancelDeliveryInput = z.output<typeof cancelDeliverySchema>;
export const cancelAcceptedSchema = z.object({ id: z.string(), cancelled: z.literal(true) });
