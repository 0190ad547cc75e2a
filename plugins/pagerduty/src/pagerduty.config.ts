import { renderTemplate, type SignalboxEvent } from '@signalbox/plugin-sdk';
import { isHttpsOrPrivateHost } from '@signalbox/plugin-sdk';
import { z } from 'zod';

const probe: SignalboxEvent = { id: 'probe', type: 'probe', source: 'probe', severity: 'info', timestamp: '2026-01-01T00:00:00Z', data: {} };

/** A Handlebars template that compiles, reported when the channel is saved rather than at its first alert. */
const template = z.string().superRefine((source, ctx) => {
  try {
    renderTemplate(source, probe, { escape: 'none' });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `template does not compile: ${(error as Error).message}` });
  }
});

const label = z.string().trim().min(1).max(255);

export const pagerdutyConfigSchema = z.object({
  routingKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{32}$/, 'must be the 32-character Integration Key of an Events API v2 integration')
    .describe('Integration Key (routing key) of an Events API v2 integration on the service or ruleset'),
  dedupKeyTemplate: template
    .default('{{source}}:{{type}}')
    .describe('Handlebars: events rendering the same key update the same alert (a resolve closes it). Example: {{source}}:{{data.alert_id}}. Events in a catalogue problem / recovery pair use their alert fingerprint instead'),
  component: label.optional().describe('Component of the source machine responsible for the event (e.g. mysql)'),
  group: label.optional().describe('Logical grouping of components (e.g. app-stack)'),
  class: label.optional().describe('Class/type of the event (e.g. High CPU)'),
  apiBaseUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .refine((value) => isHttpsOrPrivateHost(new URL(value)), {
      message: 'must be an https URL: the routing key travels in the request body. Plain http is accepted only for localhost or a private-network IP address (a local fake), and needs ALLOW_PRIVATE_NETWORKS=true',
    })
    .default('https://events.pagerduty.com')
    .describe('Events API host (events.eu.pagerduty.com for EU accounts)'),
});

export type PagerdutyConfig = z.infer<typeof pagerdutyConfigSchema>;
