import { z } from 'zod';

/** A recorded bulk resend or replay, as GET /v1/operations and the POSTs that start one answer it. */
export const operationSchema = z.object({
  id: z.string(),
  kind: z.enum(['bulk_resend', 'replay']),
  idempotencyKey: z.string().describe('The Idempotency-Key sent, or one derived from the request'),
  actor: z.string().describe('Who asked (the API key\'s name or member)'),
  request: z.record(z.string(), z.unknown()).describe('The filter as asked'),
  targets: z.array(z.string()).describe('Delivery or event ids selected'),
  result: z.record(z.string(), z.unknown()).nullable().describe('What was started and skipped; null while running'),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export const operationListSchema = z.object({ items: z.array(operationSchema) });
export const listOperationsQuerySchema = z.strictObject({ kind: z.enum(['bulk_resend', 'replay']).optional() });
