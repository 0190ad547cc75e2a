import { z } from 'zod';

export const MAX_BATCH_EVENTS = 1000;

/** `POST /v1/events/batch`: items are validated one by one, so only the envelope is checked here. */
export const batchEnvelopeSchema = z.strictObject({
  events: z
    .array(z.unknown())
    .min(1, 'must contain at least one event')
    .max(MAX_BATCH_EVENTS, `must contain at most ${MAX_BATCH_EVENTS} events; split larger batches`),
});

/** Same rules as an event id: it becomes the id when the body has none. */
export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.:-]+$/, 'may only contain letters, digits, "_", ".", ":" and "-"');

export interface MatchedRoute {
  routeId: string;
  routeVersionId: string;
  version: number;
}

/** What a POST answers; a repeat of the same event id answers exactly this again. */
export interface IngestResult {
  id: string;
  /** `routed`: a workflow runs it on `matchedRoutes`; `unmatched`: recorded, no published route matched. */
  status: 'routed' | 'unmatched';
  matchedRoutes: MatchedRoute[];
}

export type BatchItemResult =
  | ({ index: number; result: 'accepted' | 'duplicate' } & IngestResult)
  | { index: number; result: 'rejected'; id?: string; message: string; issues: Array<{ path: string; message: string }> };

export interface BatchResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: BatchItemResult[];
}
