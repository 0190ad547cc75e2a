import { eventInputSchema, SEVERITIES } from '@signalbox/route-model';
import { z } from 'zod';
import { ingestResultSchema } from '../events/events.openapi.js';
import { VERIFICATIONS } from './source.verify.js';

/** Response schemas of the sources and hooks API: documented in /openapi.json and enforced (ResponseContractInterceptor). */
const verification = z.enum(VERIFICATIONS).describe('How the tool authenticates its webhooks: a signature header, or the token in the hook URL');

export const sourceSchema = z.object({
  id: z.string(),
  preset: z.string().describe('The tool this source is for (GET /v1/sources/presets)'),
  name: z.string(),
  verification,
  hookUrl: z.string().describe('Path the tool posts to; for path-token sources it carries the token'),
  secretHint: z.string().nullable().describe('Masked hint of the signing secret (never the secret)'),
  severityOverrides: z.record(z.string(), z.enum(SEVERITIES)),
  mapping: z.string().nullable().describe('JSONata expression (custom sources)'),
  lastReceivedAt: z.string().nullable(),
  lastRejectedAt: z.string().nullable(),
  lastRejectionReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const sourceListSchema = z.object({ items: z.array(sourceSchema) });

export const sourceDetailSchema = sourceSchema.extend({
  recentRejections: z.array(z.object({
    id: z.string(),
    status: z.number().int().describe('The status the hook answered'),
    reason: z.string(),
    remoteAddress: z.string().nullable(),
    receivedAt: z.string(),
  })).describe('The newest 20 refused deliveries'),
});

export const presetListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), verification })),
});

export const previewResultSchema = z.object({ events: z.array(eventInputSchema).describe('The events the hook would ingest, ids included') });

export const hookResultSchema = z.object({
  events: z.array(ingestResultSchema.extend({ duplicate: z.boolean().describe('The event id was seen before; the first answer is repeated') })),
});

/** What a tool posts: its own webhook JSON, any shape (its preset or mapping reads it). */
export const hookBodySchema = z.unknown().describe("The tool's webhook body, exactly as it sends it");
