import { SILENCE_STATES, muteTimingIntervalFields, silenceState, type SilenceMatcher } from '@signalbox/route-model';
import type { MuteTiming, Silence } from '@signalbox/db';
import { z } from 'zod';

/** What GET answers for a silence: the stored fields plus its state now (pending / active / expired). */
export const silenceViewSchema = z.object({
  id: z.string(),
  matchers: z.array(z.object({ name: z.string(), op: z.enum(['=', '!=', '=~', '!~']), value: z.string() })),
  startsAt: z.string(), endsAt: z.string(), createdBy: z.string(), comment: z.string(),
  state: z.enum(SILENCE_STATES).describe('pending before startsAt, active until endsAt, expired after'),
  createdAt: z.string(), updatedAt: z.string(),
});
export const silenceListSchema = z.object({ items: z.array(silenceViewSchema) });

export const silencePreviewResultSchema = z.object({
  scanned: z.number().int().describe('Events of the last 24 h that were checked (newest first)'),
  truncated: z.boolean().describe('More events than the scan limit arrived in 24 h; older ones were not checked'),
  matched: z.number().int(),
  events: z.array(z.object({ id: z.string(), type: z.string(), source: z.string(), severity: z.string(), subject: z.string().nullable(), receivedAt: z.string() }))
    .describe('The newest matching events (at most 50)'),
});

/** What GET answers for a mute timing: its stored intervals (the fields the request schema takes) and whether it mutes now. */
export const muteTimingViewSchema = z.object({
  id: z.string(), name: z.string(), timeZone: z.string(),
  intervals: z.array(z.object(muteTimingIntervalFields)),
  mutedNow: z.boolean().describe('Inside one of its windows at the time of the request'),
  createdAt: z.string(), updatedAt: z.string(),
});

export const viewSilence = (s: Silence, now = Date.now()) => ({
  id: s.id, matchers: s.matchers as SilenceMatcher[], startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(),
  createdBy: s.createdBy, comment: s.comment, state: silenceState(s, now), createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
});

export const viewMuteTiming = (t: MuteTiming, mutedNow: boolean) => ({
  id: t.id, name: t.name, timeZone: t.timeZone, intervals: t.intervals, mutedNow, createdAt: t.createdAt.toISOString(), updatedAt: t.updatedAt.toISOString(),
});
