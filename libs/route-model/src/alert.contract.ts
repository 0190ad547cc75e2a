import { z } from 'zod';
import { SEVERITIES } from './event.schema.js';

// The shape `GET /v1/alerts[/:id]` answers: the API validates and documents it, the UI reads it (one truth).

export const ALERT_STATUSES = ['open', 'resolved'] as const;
const instant = z.string().describe('ISO 8601');

/** One alert: a problem event and, once it recovered, its recovery (pairs from alert.rules.ts). */
export const alertViewSchema = z.object({
  id: z.string(),
  fingerprint: z.string().describe('Shared by the problem and its recovery; PagerDuty dedup_key'),
  status: z.enum(ALERT_STATUSES),
  type: z.string().describe('The problem event type'),
  source: z.string(),
  severity: z.enum(SEVERITIES),
  subject: z.string().nullable(),
  openedAt: instant.describe('When the problem occurred (its event timestamp)'),
  resolvedAt: instant.nullable().describe('When it recovered (the recovery event timestamp)'),
  durationMs: z.number().int().describe('resolvedAt (or now, while open) − openedAt'),
  count: z.number().int().describe('Problem events received while it was open'),
  problemEventId: z.string(),
  recoveryEventId: z.string().nullable(),
  lastEventId: z.string(),
  lastEventAt: instant,
});
export type AlertView = z.infer<typeof alertViewSchema>;

export const alertListSchema = z.object({
  items: z.array(alertViewSchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});
export type AlertList = z.infer<typeof alertListSchema>;
