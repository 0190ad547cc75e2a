import { z } from 'zod';
import { limitParam } from '../common/cursor.codec.js';
import { listEventsQuerySchema } from './event-query.types.js';

/** `POST /v1/events/replay` body: the feed's filters (without paging) and how many of the newest to replay. */
export const replayFilterSchema = z
  .strictObject({
    ...listEventsQuerySchema.shape,
    limit: limitParam.describe('How many of the newest matching events (1-200, default 50)'),
  })
  .omit({ cursor: true })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { path: ['to'], message: 'must be later than from' });
export type ReplayFilter = z.output<typeof replayFilterSchema>;
