import { z } from 'zod';
import { resendAcceptedSchema } from '../deliveries/delivery.schemas.js';

/** What a replay did: one new event per stored original, and the ids that were not found. */
const replayResultSchema = z.object({
  replays: z.array(z.object({ eventId: z.string().describe('The original'), replayId: z.string().describe('The new event'), matchedRouteCount: z.number().int() })),
  missing: z.array(z.string()).describe('Event ids asked for that are not stored'),
});

/** What a bulk resend did: the resends started, and the deliveries it skipped with why. */
const bulkResendResultSchema = z.object({
  started: z.array(resendAcceptedSchema),
  skipped: z.array(z.object({ deliveryId: z.string(), reason: z.string() })),
});

/** A recorded bulk resend or replay, as GET /v1/operations and the POSTs that start one answer it. */
const operationFields = {
  id: z.string(),
  idempotencyKey: z.string().describe('The Idempotency-Key sent, or one derived from the request'),
  actor: z.string().describe('Who asked (the API key\'s name or member)'),
  request: z.record(z.string(), z.unknown()).describe('The filter as asked'),
  targets: z.array(z.string()).describe('Delivery or event ids selected'),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
};
export const replayOperationSchema = z.object({
  ...operationFields, kind: z.literal('replay'), result: replayResultSchema.nullable().describe('What was replayed; null while running'),
});
export const bulkResendOperationSchema = z.object({
  ...operationFields, kind: z.literal('bulk_resend'), result: bulkResendResultSchema.nullable().describe('What was started and skipped; null while running'),
});
export const operationSchema = z.discriminatedUnion('kind', [replayOperationSchema, bulkResendOperationSchema]);
export const operationListSchema = z.object({ items: z.array(operationSchema) });
export const listOperationsQuerySchema = z.strictObject({ kind: z.enum(['bulk_resend', 'replay']).optional() });
