import type { AlertContext } from './alert.types.js';
import { z } from 'zod';
import { SEVERITIES } from './severity.levels.js';

export { SEVERITIES };
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const EVENT_TYPE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

/** What a backend service posts to `POST /v1/events`. Defaults are applied at ingest. */
export const eventInputSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w.:-]+$/, 'may only contain letters, digits, "_", ".", ":" and "-"')
    .optional()
    .describe('Client-chosen id; the same id posted again is accepted once. Generated when omitted.'),
  type: z.string().regex(EVENT_TYPE_PATTERN, 'must be 1-200 characters of letters, digits, "_", ".", ":" or "-"'),
  source: z.string().min(1).max(200).default('api'),
  severity: severitySchema.default('info'),
  timestamp: z.iso.datetime({ offset: true }).optional().describe('When it happened (ISO 8601). Defaults to receipt time.'),
  subject: z.string().max(500).optional(),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type EventInput = z.input<typeof eventInputSchema>;

/** An accepted event: every field resolved. */
export interface SignalboxEvent {
  id: string;
  type: string;
  source: string;
  severity: Severity;
  timestamp: string;
  subject?: string;
  data: Record<string, unknown>;
  /**
   * Set by the worker (never accepted from a client: the input schema is strict) when the event opens or
   * closes an alert; see alert.types.ts.
   */
  alert?: AlertContext;
}
