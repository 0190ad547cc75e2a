import type { EventStatus } from '@signalbox/db';
import { z } from 'zod';
import { instantSchema } from '../common/instant.schemas.js';
import { SEVERITIES } from '@signalbox/route-model';
import { cursorParam, limitParam } from '../common/cursor.codec.js';
import { EVENT_OUTCOMES } from './event-outcome.sql.js';

/** Every dispatch state an event row can be in (the events.status column); `matching`: an internal event waiting for the API to match it. */
export const EVENT_STATUSES = ['matching', 'accepted', 'routed', 'unmatched'] as const satisfies readonly EventStatus[];
// Compile-time: a state the entity gains must be listed here too, or event responses would break the document.
type UnlistedStatus = Exclude<EventStatus, (typeof EVENT_STATUSES)[number]>;
export const everyEventStatusListed: [UnlistedStatus] extends [never] ? true : UnlistedStatus = true;

const instant = instantSchema().optional();

export const listEventsQuerySchema = z
  .strictObject({
    outcome: z.enum(EVENT_OUTCOMES).optional().describe('What became of the event (see the outcome field)'),
    type: z.string().min(1).max(200).optional().describe('Exact event type'),
    source: z.string().min(1).max(200).optional().describe('Exact event source'),
    severity: z.enum(SEVERITIES).optional(),
    from: instant.describe('Received at or after'),
    to: instant.describe('Received before'),
    q: z.string().min(1).max(200).optional().describe('Text contained in the subject (case-insensitive)'),
    replayOf: z.string().min(1).max(500).optional().describe('Only replays of this event id'),
    status: z.enum(EVENT_STATUSES).optional().describe('Dispatch state: matching (internal event, not yet matched), accepted (not yet started), routed (workflow started), unmatched'),
    limit: limitParam,
    cursor: cursorParam,
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { path: ['to'], message: 'must be later than from' });
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
  /** Status `silenced` / `muted`: what stopped the send. */
  silenceId: string | null;
  muteTimingId: string | null;
}
