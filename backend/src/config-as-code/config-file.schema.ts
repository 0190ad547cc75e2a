import { z } from 'zod';
import { muteTimingSchema, silenceMatcherSchema } from '@signalbox/route-model';
import { retryPolicySchema } from '../channels/channel.schemas.js';

/**
 * The configuration file (YAML) as users write it: objects are named, never identified by database ids, so
 * a file applies to a fresh install. Route graphs name their channels (`channel: Ops Slack`) and mute
 * timings (`muteTimings: [Weekend]`); the apply maps names to ids. Deep checks (plugin config, graph
 * structure) happen after this shape check, with paths into this document.
 */
const name = z.string().trim().min(1, 'must not be empty').max(200);

export const configChannelSchema = z.strictObject({
  name,
  plugin: z.string().min(1).describe('An installed plugin id, e.g. "slack"'),
  config: z.record(z.string(), z.unknown()).default({}).describe('Plugin config; secret fields as { env: NAME }, a value, or left out to keep the stored one'),
  retryPolicy: retryPolicySchema.optional(),
  ratePerSecond: z.number().positive('must be > 0').max(1_000).optional(),
});

export const configRouteSchema = z.strictObject({
  name,
  description: z.string().max(2_000).default(''),
  status: z.enum(['published', 'disabled', 'draft']).default('published').describe('published: live; disabled: published but not routing; draft: never published'),
  graph: z.strictObject({
    nodes: z.array(z.record(z.string(), z.unknown())).max(500),
    edges: z.array(z.record(z.string(), z.unknown())).max(2_000).default([]),
  }),
});

export const configSilenceSchema = z.strictObject({
  matchers: z.array(silenceMatcherSchema).min(1, 'needs at least one matcher').max(20),
  startsAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone' }),
  endsAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone' }),
  createdBy: z.string().trim().min(1, 'must name who created the silence').max(200),
  comment: z.string().trim().min(1, 'must say why').max(1000),
});

export const configFileSchema = z.strictObject({
  apiVersion: z.literal('signalbox/v1', { error: 'must be "signalbox/v1"' }),
  channels: z.array(configChannelSchema).default([]),
  muteTimings: z.array(muteTimingSchema).default([]),
  routes: z.array(configRouteSchema).default([]),
  silences: z.array(configSilenceSchema).default([]),
});

export type ConfigFile = z.output<typeof configFileSchema>;
export type ConfigChannel = ConfigFile['channels'][number];
export type ConfigRoute = ConfigFile['routes'][number];
export type ConfigSilence = ConfigFile['silences'][number];
export type ConfigMuteTiming = ConfigFile['muteTimings'][number];

export const applyQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false').transform((v) => v === 'true').describe('true: compute the diff, write nothing'),
  prune: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false').transform((v) => v === 'true')
    .describe('true: delete routes, channels and mute timings (and expire silences) that the file does not name'),
});
export type ApplyQuery = z.output<typeof applyQuerySchema>;

export const exportQuerySchema = z.strictObject({
  secrets: z.enum(['env', 'omit'], { error: 'must be env or omit' }).default('env')
    .describe('env: each stored secret as { env: NAME } for the CLI to fill from its environment; omit: leave secrets out (kept on apply)'),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

const item = z.object({ kind: z.enum(['channel', 'muteTiming', 'route', 'silence']), name: z.string() });
export const applyResultSchema = z.object({
  dryRun: z.boolean(),
  prune: z.boolean(),
  created: z.array(item),
  changed: z.array(item.extend({
    fields: z.array(z.object({
      path: z.string(),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
      secret: z.boolean().optional().describe('A secret changed; its values are never shown'),
    })),
  })),
  unchanged: z.array(item),
  deleted: z.array(item).describe('Only with prune=true'),
});
export type ApplyResult = z.output<typeof applyResultSchema>;
export type DiffItem = z.output<typeof item>;
export type FieldChange = ApplyResult['changed'][number]['fields'][number];
