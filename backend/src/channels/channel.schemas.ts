import { z } from 'zod';

const name = z.string().trim().min(1, 'must not be empty').max(200);
const config = z.record(z.string(), z.unknown()).describe("The plugin's config (see GET /v1/plugins); secret fields are write-only");

export const createChannelSchema = z.strictObject({
  name,
  pluginId: z.string().min(1).describe('An installed plugin id, e.g. "webhook"'),
  config: config.default({}),
  paused: z.boolean().default(false),
});
export type CreateChannelInput = z.output<typeof createChannelSchema>;

/** `config` is merged onto the stored config: omitted fields (secrets included) keep their stored values. */
export const updateChannelSchema = z.strictObject({
  name: name.optional(),
  config: config.optional(),
  paused: z.boolean().optional(),
});
export type UpdateChannelInput = z.output<typeof updateChannelSchema>;

const channelFields = {
  id: z.string(), name: z.string(), pluginId: z.string(), paused: z.boolean(),
  config: z.record(z.string(), z.unknown()).describe('Secret values replaced by "********"'),
  secretFields: z.array(z.string()).describe('Which config paths are secrets (write-only)'),
  createdAt: z.string(), updatedAt: z.string(),
};
export const channelResponseSchema = z.object(channelFields);
export const channelListSchema = z.object({ items: z.array(z.object(channelFields)) });
export const channelTestResultSchema = z.object({
  ok: z.boolean(),
  statusCode: z.number().int().optional(),
  latencyMs: z.number().int(),
  error: z.string().optional().describe('Why the test failed; never contains secret values'),
});

/** `DELETE /v1/channels/:id?force=true`: delete even while live routes send to it. */
export const deleteChannelQuerySchema = z.strictObject({
  force: z.enum(['true', 'false'], { error: 'must be true or false' }).optional().transform((v) => v === 'true'),
});
export type DeleteChannelQuery = z.output<typeof deleteChannelQuerySchema>;
