import { isHttpsOrLoopback } from '@signalbox/plugin-sdk';
import { z } from 'zod';

export const OPSGENIE_REGIONS = { us: 'https://api.opsgenie.com', eu: 'https://api.eu.opsgenie.com' } as const;

/** The API key travels in every request's Authorization header: https only, http only to a loopback fake. */
const apiBase = z
  .url({ protocol: /^https?$/, error: 'must be an https URL' })
  .refine((value) => isHttpsOrLoopback(new URL(value)), 'must be an https URL')
  .optional()
  .describe('Override the API host (a proxy, or a fake in tests); empty uses the region’s host');

export const opsgenieConfigSchema = z.object({
  apiKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{20,64}$/, 'must be the API key of an Opsgenie API integration (a UUID like 1a2b3c4d-…)')
    .describe('API key of an Opsgenie "API" integration (sent as "Authorization: GenieKey …"); needs create and update access'),
  region: z.enum(['us', 'eu']).default('us').describe('Where the Opsgenie account is hosted: us (api.opsgenie.com) or eu (api.eu.opsgenie.com)'),
  apiBaseUrl: apiBase,
  responders: z
    .array(z.object({ type: z.enum(['team', 'user', 'escalation', 'schedule']), name: z.string().trim().min(1).max(100) }))
    .max(50)
    .default([])
    .describe('Teams, users, escalations or schedules the alert is routed to (empty: the integration’s own team)'),
  tags: z.array(z.string().trim().min(1).max(50)).max(10).default([]).describe('Tags added to every alert (each ≤ 50 characters)'),
});

export type OpsgenieConfig = z.output<typeof opsgenieConfigSchema>;

export const opsgenieBaseUrl = (config: OpsgenieConfig) => (config.apiBaseUrl ?? OPSGENIE_REGIONS[config.region]).replace(/\/+$/, '');
