import { isHttpsOrLoopback } from '@signalbox/plugin-sdk';
import { z } from 'zod';

/**
 * `https://chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…` — the key and token are the credential
 * (anyone holding them can post to the space), so the whole URL is secret and must be https; plain http is
 * accepted only to loopback, where tests and development fakes listen.
 */
function checkWebhookUrl(value: string, ctx: z.core.$RefinementCtx): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // z.url() has already said so
  }
  if (!isHttpsOrLoopback(url)) ctx.addIssue({ code: 'custom', message: 'must be an https URL' });
  if (!/^\/v1\/spaces\/[^/]+\/messages$/.test(url.pathname) || !url.searchParams.get('key') || !url.searchParams.get('token')) {
    ctx.addIssue({
      code: 'custom',
      message: 'does not look like a Google Chat incoming webhook URL (https://chat.googleapis.com/v1/spaces/…/messages?key=…&token=…); copy it from the space’s Apps & integrations → Webhooks',
    });
  }
}

export const googleChatConfigSchema = z.object({
  webhookUrl: z
    .url({ protocol: /^https?$/, error: 'must be an https URL' })
    .superRefine(checkWebhookUrl)
    .describe('Incoming webhook URL of the space (https://chat.googleapis.com/v1/spaces/…/messages?key=…&token=…). Stored encrypted: key and token are the credential.'),
  threadPerAlert: z
    .boolean()
    .default(true)
    .describe('Reply in one thread per alert (source + subject), so a recovery lands under its failure; off posts every message as a new thread'),
});

export type GoogleChatConfig = z.output<typeof googleChatConfigSchema>;
