import { z } from 'zod';

/** The one error body every endpoint answers with (AllExceptionsFilter). */
export const errorBodySchema = z.object({
  statusCode: z.number().int(),
  error: z.string().describe('HTTP reason phrase'),
  message: z.string().describe('What was wrong, naming the field or limit'),
  issues: z.array(z.object({ path: z.string(), message: z.string(), nodeId: z.string().optional() })).optional(),
  details: z.record(z.string(), z.unknown()).optional().describe('Facts about a conflict, e.g. `routes` that use a channel being deleted'),
});
