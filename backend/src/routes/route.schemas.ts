import { z } from 'zod';
import { eventInputSchema, routeGraphSchema } from '@signalbox/route-model';

const name = z.string().trim().min(1, 'must not be empty').max(200);
const description = z.string().max(2_000);
const emptyGraph = { nodes: [], edges: [] };

/** A draft saves whenever it is schema-valid; structural problems come back as `issues`, not errors. */
export const createRouteSchema = z.strictObject({
  name,
  description: description.default(''),
  graph: routeGraphSchema.default(emptyGraph),
});
export type CreateRouteInput = z.output<typeof createRouteSchema>;

export const updateRouteSchema = z.strictObject({
  name: name.optional(),
  description: description.optional(),
  graph: routeGraphSchema.optional(),
});
export type UpdateRouteInput = z.output<typeof updateRouteSchema>;

/** Versions are Postgres `integer`s: anything larger cannot exist, and would fail in the database (a 500). */
const MAX_VERSION = 2_147_483_647;
const versionNumber = z.number().int('must be a whole number').min(1, 'must be at least 1').max(MAX_VERSION, `must be at most ${MAX_VERSION}`);

export const dryRunSchema = z.strictObject({
  event: eventInputSchema.describe('The event to walk the route with (id optional)'),
  version: z
    .union([z.literal('draft'), versionNumber])
    .default('draft')
    .describe('"draft" (default) or a published version number'),
});
export type DryRunInput = z.output<typeof dryRunSchema>;

/** `POST /v1/routes/:id/publish` body, optional as a whole: a note saying why, shown in the versions list. */
export const publishSchema = z.object({ note: z.string().trim().max(500, 'at most 500 characters').optional() }).strict();
export type PublishInput = z.infer<typeof publishSchema>;

/** `:version` path parameter. */
export const versionParamSchema = z.coerce
  .number({ error: 'must be a version number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_VERSION, `must be at most ${MAX_VERSION}`);

/** Route ids are UUIDs; anything else cannot exist, so it is a 404 rather than a database error. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
