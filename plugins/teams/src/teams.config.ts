import { isHttpsOrLoopback } from '@signalbox/plugin-sdk';
import { z } from 'zod';

export const RETIRED_CONNECTOR_MESSAGE =
  'is an Office 365 connector URL. Office 365 connectors are retired; create a Workflows webhook in Teams: in the channel, open ••• → Workflows → "Post to a channel when a webhook request is received", finish the steps, and paste the URL it shows here';

/** Incoming Webhook connector URLs: `https://<tenant>.webhook.office.com/webhookb2/…` and the older `outlook.office.com/webhook/…`. */
export function isRetiredConnectorUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if ((host === 'webhook.office.com' || host.endsWith('.webhook.office.com')) && /\/webhookb2\//i.test(url.pathname)) return true;
  return (host === 'outlook.office.com' || host === 'outlook.office365.com') && /^\/webhook\//i.test(url.pathname);
}

function checkWebhookUrl(value: string, ctx: z.core.$RefinementCtx): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // z.url() has already said so
  }
  if (isRetiredConnectorUrl(url)) return void ctx.addIssue({ code: 'custom', message: RETIRED_CONNECTOR_MESSAGE });
  if (!isHttpsOrLoopback(url)) ctx.addIssue({ code: 'custom', message: 'must be an https URL' });
}

export const teamsConfigSchema = z.object({
  webhookUrl: z
    .url({ protocol: /^https?$/, error: 'must be an https URL' })
    .superRefine(checkWebhookUrl)
    .describe('Workflows webhook URL (Teams channel → ••• → Workflows → "Post to a channel when a webhook request is received"). Stored encrypted: its sig parameter is the credential.'),
});

export type TeamsConfig = z.output<typeof teamsConfigSchema>;
