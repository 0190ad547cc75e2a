import { isHttpsOrLoopback } from '@signalbox/plugin-sdk';
import { z } from 'zod';

/**
 * https, or http to a loopback address (a local fake in tests and development; the host's SSRF guard refuses
 * loopback in production anyway). Incoming webhook URLs carry their credential in the path, so they are secret.
 */
function checkWebhookUrl(value: string, ctx: z.core.$RefinementCtx): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // z.url() has already said so
  }
  if (!isHttpsOrLoopback(url)) {
    ctx.addIssue({ code: 'custom', message: 'must be an https URL' });
  }
  if (/\/triggers\//.test(url.pathname)) {
    ctx.addIssue({
      code: 'custom',
      message:
        'is a Workflow Builder webhook, which takes workflow variables rather than messages; create an incoming webhook instead (api.slack.com/apps → your app → Incoming Webhooks → Add New Webhook) and paste its https://hooks.slack.com/services/… URL',
    });
  } else if (!/\/services\/[^/]+\/[^/]+\/[^/]+/.test(url.pathname)) {
    ctx.addIssue({ code: 'custom', message: 'does not look like a Slack incoming webhook URL (https://hooks.slack.com/services/T…/B…/…)' });
  }
}

export const slackConfigSchema = z.object({
  webhookUrl: z
    .url({ protocol: /^https?$/, error: 'must be an https URL' })
    .superRefine(checkWebhookUrl)
    .describe('Incoming webhook URL (https://hooks.slack.com/services/…). Stored encrypted: the URL is the credential.'),
  linkButton: z
    .boolean()
    .default(false)
    .describe(
      'Show the message link as a button instead of a link in the footer line. Only for Slack apps with Interactivity enabled: otherwise Slack marks the clicked button with a warning.',
    ),
});

export type SlackConfig = z.output<typeof slackConfigSchema>;
