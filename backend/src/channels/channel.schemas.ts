import { z } from 'zod';

const name = z.string().trim().min(1, 'must not be empty').max(200);
const config = z.record(z.string(), z.unknown()).describe("The plugin's config (see GET /v1/plugins); secret fields are write-only");

/** Delays between attempts in seconds (attempts = delays + 1); e.g. Svix-like [5, 300, 1800, 7200, 18000, 36000, 36000]. */
export const retryPolicySchema = z.strictObject({
  delaysSeconds: z.array(z.number().min(0, 'must be ≥ 0').max(7 * 86_400, 'must be at most 7 days')).max(30, 'at most 30 retries'),
  jitter: z.number().min(0).max(1).default(0.2).describe('± fraction applied to each delay'),
  maxRetryAfterSeconds: z.number().int().min(0).max(86_400).default(3_600).describe('Cap on a receiver\'s Retry-After'),
}).describe('Retry schedule; null = the default (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h)');
const ratePerSecond = z.number().positive('must be > 0').max(1_000).describe("Sends per second to this destination; null = the plugin's limits.ratePerSecond");

export const createChannelSchema = z.strictObject({
  name,
  pluginId: z.string().min(1).describe('An installed plugin id, e.g. "webhook"'),
  config: config.default({}),
  paused: z.boolean().default(false),
  retryPolicy: retryPolicySchema.nullable().optional(),
  ratePerSecond: ratePerSecond.nullable().optional(),
});
export type CreateChannelInput = z.output<typeof createChannelSchema>;

/** `config` is merged onto the stored config: omitted fields (secrets included) keep their stored values. */
export const updateChannelSchema = z.strictObject({
  name: name.optional(),
  config: config.optional(),
  paused: z.boolean().optional(),
  retryPolicy: retryPolicySchema.nullable().optional(),
  ratePerSecond: ratePerSecond.nullable().optional(),
});
export type UpdateChannelInput = z.output<typeof updateChannelSchema>;

const channelFields = {
  id: z.string(), name: z.string(), pluginId: z.string(), paused: z.boolean(),
  disabledAt: z.string().nullable().describe('When the worker disabled it (410 Gone, or only failures for too long); sends fail until enabled'),
  disabledReason: z.string().nullable().describe('Why it was disabled'),
  config: z.record(z.string(), z.unknown()).describe('Secret values replaced by "********"'),
  secretFields: z.array(z.string()).describe('Which config paths are secrets (write-only)'),
  createdAt: z.string(), updatedAt: z.string(),
  retryPolicy: z.object({ delaysSeconds: z.array(z.number()), jitter: z.number(), maxRetryAfterSeconds: z.number() }).nullable(),
  ratePerSecond: z.number().nullable(),
  heldCount: z.number().int().describe('Deliveries waiting for this (paused) channel to resume'),
  // Always sent; optional in the contract so clients built on the earlier shape keep compiling.
  destination: z.string().nullable().optional().describe('Where it points, masked by the plugin (`hooks.slack.com/…/AbCd`, `o***@example.com`); null when unknown'),
  lastTest: z
    .object({ at: z.string(), ok: z.boolean(), statusCode: z.number().int().optional(), latencyMs: z.number().int(), error: z.string().optional() })
    .nullable()
    .optional()
    .describe('The outcome of the last Test of this channel, null before the first'),
};
export const channelResponseSchema = z.object(channelFields);
export const channelListSchema = z.object({ items: z.array(z.object(channelFields)) });
export const channelTestResultSchema = z.object({
  ok: z.boolean(),
  statusCode: z.number().int().optional(),
  latencyMs: z.number().int(),
  error: z.string().optional().describe('Why the test failed; never contains secret values'),
});

/**
 * `POST /v1/channels/test`: try a config before saving it. With `channelId`, `config` is merged onto that channel's
 * stored config exactly as an update would be (secrets omitted or sent back masked keep their stored values).
 */
export const testChannelConfigSchema = z
  .strictObject({
    pluginId: z.string().min(1).optional().describe('The plugin to test with; required without channelId'),
    channelId: z.string().optional().describe('A saved channel whose stored config (secrets included) the changes apply to'),
    name: name.optional().describe('Shown in the test message; defaults to the channel\'s name'),
    config: config.default({}),
  })
  .refine((input) => input.pluginId !== undefined || input.channelId !== undefined, { path: ['pluginId'], message: 'is required without channelId' });
export type TestChannelConfigInput = z.output<typeof testChannelConfigSchema>;

/** `DELETE /v1/channels/:id?force=true`: delete even while live routes send to it. */
export const deleteChannelQuerySchema = z.strictObject({
  force: z.enum(['true', 'false'], { error: 'must be true or false' }).optional().transform((v) => v === 'true'),
});
export type DeleteChannelQuery = z.output<typeof deleteChannelQuerySchema>;
