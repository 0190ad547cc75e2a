import { z } from 'zod';

const sampleSchema = z.record(z.string(), z.unknown()).describe('A ready-to-post Signalbox event');

export const eventTypeSchema = z.object({
  source: z.enum(['built-in', 'seen']).describe('built-in: documented by a known system; seen: from this organisation\'s own traffic'),
  system: z.string().describe('The documenting system, or the latest event\'s source for a seen type'),
  type: z.string(),
  description: z.string().describe('What the documentation says fires it; empty for a seen type'),
  adminDescription: z.string().optional().describe('What an admin of this organisation wrote about the type'),
  subscribedByDefault: z.boolean().optional().describe('Whether the system subscribes new endpoints to this type by default, where its documentation says'),
  sample: sampleSchema.describe('Built-in: the documented payload as an event; seen: the latest event of this type'),
  severities: z.array(z.string()).describe('Severities the type is documented (or was seen) with, most urgent first'),
  variants: z.array(sampleSchema).describe('The sample at each other documented severity, so a preview can reach every branch'),
  fields: z.array(z.string()).describe('Dot paths of the sample\'s data, e.g. data.service.name; "*" stands for any array index'),
  lastSeenAt: z.string().optional().describe('Seen types: when the latest event of the type arrived'),
  count: z.number().int().optional().describe('Seen types: events of the type received, counted up to countLimit'),
  countLimit: z.number().int().optional().describe('Seen types: counting stops here, so count = countLimit means "at least"'),
  alert: z.object({
    kind: z.enum(['problem', 'recovery']), family: z.string(), problemType: z.string(), recoveryType: z.string(),
  }).optional().describe('The problem / recovery pair this type belongs to: a recovery closes the open alert with the same fingerprint'),
});

export const eventTypesSchema = z.object({ items: z.array(eventTypeSchema) });

export const eventTypeDescriptionSchema = z.strictObject({
  description: z.string().trim().max(2_000, 'must be at most 2000 characters')
    .describe('Plain text shown beside the type in the catalogue; an empty string removes it'),
});
export type EventTypeDescriptionInput = z.infer<typeof eventTypeDescriptionSchema>;

export const eventTypeDescriptionResultSchema = z.object({ type: z.string(), description: z.string() });
