import { isHttpsOrLoopback } from '@signalbox/plugin-sdk';
import { z } from 'zod';

/**
 * The incoming webhook URL is the credential (anyone holding it can post), so it is secret and must be https;
 * plain http is accepted only to loopback, where tests and development fakes listen.
 */
function checkWebhookUrl(value: string, ctx: z.core.$RefinementCtx): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // z.url() has already said so
  }
  if (!isHttpsOrLoopback(url)) ctx.addIssue({ code: 'custom', message: 'must be an https URL' });
  if (!/\/hooks\/[A-Za-z0-9]+\/?$/.test(url.pathname)) {
    ctx.addIssue({ code: 'custom', message: 'does not look like a Mattermost incoming webhook URL (https://your-mattermost/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx)' });
  }
}

export const mattermostConfigSchema = z.object({
  webhookUrl: z
    .url({ protocol: /^https?$/, error: 'must be an https URL' })
    .superRefine(checkWebhookUrl)
    .describe('Incoming webhook URL (https://your-mattermost/hooks/…). Stored encrypted: the URL is the credential.'),
  username: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('Display name for the posts (needs "Enable integrations to override usernames" in the System Console)'),
  iconUrl: z.url({ protocol: /^https$/ }).optional().describe('Profile picture URL for the posts (needs "Enable integrations to override profile picture icons")'),
  channel: z
    .string()
    .trim()
    .regex(/^@?[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a channel name (town-square) or @username')
    .optional()
    .describe("Post to this channel name or @username instead of the webhook's default channel (if the webhook is not locked to its channel)"),
});

export type MattermostConfig = z.output<typeof mattermostConfigSchema>;
