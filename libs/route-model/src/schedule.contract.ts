import { z } from 'zod';
import { triggerScheduleSchema } from './route.schema.js';

/** `POST /v1/routes/:id/schedule/pause|resume` body (optional): why, kept as the schedule's note. */
export const scheduleNoteSchema = z.strictObject({ note: z.string().trim().max(500, 'at most 500 characters').optional() });
export type ScheduleNoteInput = z.infer<typeof scheduleNoteSchema>;

/** `GET /v1/routes/:id/schedule` and the answer of pause/resume/run: shared by the API, its OpenAPI doc and the UI. */
export const routeScheduleSchema = z.object({
  routeId: z.string(),
  schedule: triggerScheduleSchema.nullable().describe("The live version's schedule trigger; null when the route is not live on a schedule"),
  state: z.enum(['active', 'paused', 'none']).describe('none: no Temporal Schedule (not published, disabled, or no schedule trigger)'),
  note: z.string().nullable().describe('Why it was last paused or resumed'),
  nextRuns: z.array(z.string()).describe('Upcoming ticks (ISO times); empty while paused'),
  recentRuns: z.array(z.object({ scheduledAt: z.string(), startedAt: z.string(), workflowId: z.string() })).describe('Most recent runs, newest first'),
  runsTaken: z.number().int(),
});
export type RouteScheduleView = z.infer<typeof routeScheduleSchema>;
