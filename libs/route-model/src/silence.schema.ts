// Request shapes for silences and mute timings: one zod truth for the API (validation + OpenAPI) and the UI.
import { z } from 'zod';
import { MATCHER_OPERATORS, matcherInput, matcherNameProblem, matcherValueProblem, matchesValue } from './silence.matcher.js';
import { intervalProblems, isKnownTimeZone } from './mute-timing.window.js';

const datetime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-01-01T09:00:00Z' });

export const silenceMatcherSchema = z
  .strictObject({
    name: z.string().min(1, 'must name an event field').max(200),
    op: z.enum(MATCHER_OPERATORS, { error: 'must be one of =, !=, =~, !~' }),
    value: z.string({ error: 'must be a string' }).max(1000),
  })
  .superRefine((m, ctx) => {
    const nameProblem = matcherNameProblem(m.name);
    if (nameProblem) ctx.addIssue({ code: 'custom', path: ['name'], message: nameProblem });
    const valueProblem = matcherValueProblem(m);
    if (valueProblem) ctx.addIssue({ code: 'custom', path: ['value'], message: `regex ${valueProblem}` });
  });

const matchers = z
  .array(silenceMatcherSchema)
  .min(1, 'needs at least one matcher')
  .max(20, 'may hold at most 20 matchers')
  // Alertmanager's guard: a silence whose every matcher also matches an empty field would silence everything.
  .refine((ms) => ms.some((m) => !matchesValue(m, matcherInput({}, '__none__'))), 'must have a matcher that an empty field does not satisfy (otherwise it silences every event)');

const comment = z.string().trim().min(1, 'must say why (Alertmanager requires a comment too)').max(1000);
const createdBy = z.string().trim().min(1, 'must name who creates the silence').max(200);

export const createSilenceSchema = z
  .strictObject({
    matchers,
    startsAt: datetime.optional().describe('Default: now'),
    endsAt: datetime,
    createdBy,
    comment,
  })
  .refine((s) => Date.parse(s.endsAt) > (s.startsAt ? Date.parse(s.startsAt) : Date.now()), { path: ['endsAt'], message: 'must be after startsAt (and in the future)' });
export type CreateSilenceInput = z.output<typeof createSilenceSchema>;

/** PATCH: extend (a later endsAt) or reword; an expired silence cannot be changed, create a new one. */
export const updateSilenceSchema = z.strictObject({
  endsAt: datetime.optional(),
  comment: comment.optional(),
});
export type UpdateSilenceInput = z.output<typeof updateSilenceSchema>;

export const previewSilenceSchema = z.strictObject({
  matchers: z.array(silenceMatcherSchema).min(1, 'needs at least one matcher').max(20, 'may hold at most 20 matchers'),
});
export type PreviewSilenceInput = z.output<typeof previewSilenceSchema>;

const timeRange = z.strictObject({
  startTime: z.string().describe('HH:MM, inclusive'),
  endTime: z.string().describe('HH:MM, exclusive; 24:00 = end of day'),
});
/** A mute timing interval's fields, shared by the request schema below and the API's response schema. */
export const muteTimingIntervalFields = {
  weekdays: z.array(z.string()).max(7).optional().describe('monday, or a range monday:friday; absent = every day'),
  times: z.array(timeRange).max(10).optional().describe('absent = the whole day'),
  daysOfMonth: z.array(z.string()).max(31).optional().describe('1, a range 1:5, or from the end: -1 (last day), -3:-1; absent = every day'),
  months: z.array(z.string()).max(12).optional().describe('january, a range january:march, or numbers 1:3; absent = every month'),
  years: z.array(z.string()).max(20).optional().describe('2026, or a range 2026:2027; absent = every year'),
};
const weeklyInterval = z
  .strictObject(muteTimingIntervalFields)
  .superRefine((interval, ctx) => {
    for (const [path, message] of intervalProblems(interval)) ctx.addIssue({ code: 'custom', path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
  });

export const muteTimingSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(100),
  timeZone: z.string().min(1).max(100).refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC'),
  intervals: z.array(weeklyInterval).min(1, 'needs at least one weekly interval').max(20),
});
export type MuteTimingInput = z.output<typeof muteTimingSchema>;
