import { isHttpsOrLoopback } from '@signalbox/plugin-sdk';
import { z } from 'zod';

/** https (or http to a loopback fake in tests), and the /webhooks/<id>/<token> shape Discord hands out. */
function checkWebhookUrl(value: string, ctx: z.core.$RefinementCtx): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // z.url() has already said so
  }
  if (!isHttpsOrLoopback(url)) ctx.addIssue({ code: 'custom', message: 'must be an https URL' });
  if (!/\/webhooks\/\d+\/[\w-]+\/?$/.test(url.pathname)) {
    ctx.addIssue({ code: 'custom', message: 'does not look like a Discord webhook URL (https://discord.com/api/webhooks/<id>/<token>; Server Settings → Integrations → Webhooks → Copy Webhook URL)' });
  }
}

export const discordConfigSchema = z.object({
  webhookUrl: z
    .url({ protocol: /^https?$/, error: 'must be an https URL' })
    .superRefine(checkWebhookUrl)
    .describe('Webhook URL (https://discord.com/api/webhooks/<id>/<token>). Stored encrypted: the token is in the URL.'),
  username: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine((name) => !/discord|clyde/i.test(name), 'may not contain "discord" or "clyde" (Discord refuses such names)')
    .optional()
    .describe('Overrides the webhook\'s name for these messages'),
  avatarUrl: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional().describe('Overrides the webhook\'s avatar'),
  threadId: z.string().regex(/^\d{15,25}$/, 'must be a thread id (digits)').optional().describe('Post into this thread (required for forum channels)'),
  mention: z.string().trim().max(500).optional().describe('Text put above the alert, e.g. <@&role-id> or @here. It only pings when allowMentions is on'),
  allowMentions: z.boolean().default(false).describe('Let the mention text ping. Off by default; mentions inside event data never ping'),
});

export type DiscordConfig = z.output<typeof discordConfigSchema>;
