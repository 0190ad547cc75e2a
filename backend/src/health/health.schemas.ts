import { z } from 'zod';

const check = z
  .object({ ok: z.boolean(), error: z.string().optional().describe('Why the check failed') })
  .catchall(z.unknown())
  .describe('One dependency check; may carry details such as `pollers`');

export const livenessSchema = z.object({ status: z.literal('ok') });
export const readinessSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.object({ postgres: check, temporal: check }),
  worker: check.describe('Workers polling the task queue; informative, does not affect readiness'),
});
