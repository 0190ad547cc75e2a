import { z } from 'zod';
import { eventCatalogue, severitySchema } from '@signalbox/route-model';

const catalogueTypes = new Set(eventCatalogue().map((entry) => entry.type));

/** `PUT /v1/channels/:id/subscriptions`: the ticked catalogue types and an optional severity floor. */
export const saveSubscriptionsSchema = z.strictObject({
  eventTypes: z
    .array(z.string())
    .max(500, 'at most 500 event types')
    .superRefine((types, ctx) => {
      types.forEach((type, index) => {
        if (!catalogueTypes.has(type)) ctx.addIssue({ code: 'custom', path: [index], message: `"${type}" is not an event type of the catalogue (GET /v1/event-types)` });
      });
    })
    .transform((types) => [...new Set(types)])
    .describe('Catalogue event types this channel gets; empty unsubscribes everything (the generated route is disabled)'),
  minSeverity: severitySchema.nullish().describe('Only events at least this severe (severity_at_least); null or absent: every severity'),
});
export type SaveSubscriptionsInput = z.output<typeof saveSubscriptionsSchema>;

const subscriptionType = z.object({
  type: z.string(),
  description: z.string(),
  subscribed: z.boolean().describe('From the saved subscriptions; before the first save, the catalogue default'),
  subscribedByDefault: z.boolean().describe("The system's own default for new endpoints (catalogue `subscribedByDefault`)"),
  events24h: z.number().int().describe("This tenant's events of this type received in the last 24 h"),
});

export const subscriptionsSchema = z.object({
  channelId: z.string(),
  channelName: z.string(),
  saved: z.boolean().describe('Whether subscriptions were ever saved for this channel (otherwise the states are the defaults)'),
  minSeverity: severitySchema.nullable(),
  routeId: z.string().nullable().describe('The route generated from these subscriptions, once saved'),
  routeStatus: z.enum(['draft', 'published', 'disabled']).nullable(),
  groups: z.array(z.object({ system: z.string(), types: z.array(subscriptionType) })).describe('The catalogue by product, in catalogue order'),
});
export type Subscriptions = z.infer<typeof subscriptionsSchema>;
