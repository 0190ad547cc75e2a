import { z } from 'zod';
import { cursorParam, limitParam } from '../common/cursor.codec.js';

export const EVENT_STATUSES = ['accepted', 'routed', 'unmatched'] as const;

export const listEventsQuerySchema = z.strictObject({
  type: z.string().min(1).max(200).optional().describe('Exact event type'),
  status: z.enum(EVENT_STATUSES).optional(),
  limit: limitParam,
  cursor: cursorParam,
});
export type ListEventsQuery = z.output<typeof listEventsQuerySchema>;

export interface NodeOutcomeView {
  nodeId: string;
  nodeType: string;
  outcome: string;
  reason: string | null;
  detail: Record<string, unknown> | null;
  recordedAt: string;
}

export interface DeliverySummary {
  id: string;
  routeId: string;
  routeVersionId: string;
  nodeId: string;
  channelId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}
