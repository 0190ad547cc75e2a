import { isStandardWebhooksSecret, SIGNATURE_HEADER_NAMES, SIGNING_STYLES } from '@signalbox/plugin-sdk';
import { renderTemplate, TemplateSyntaxError, type SignalboxEvent } from '@signalbox/plugin-sdk';
import { z } from 'zod';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Set by the channel itself; letting users override them would break signing, framing or duplicate detection. */
const RESERVED_HEADERS = new Set(['content-type', 'content-length', 'user-agent', 'host', 'connection', 'transfer-encoding', ...SIGNATURE_HEADER_NAMES]);

const headerName = z
  .string()
  .regex(HEADER_NAME, 'is not a valid HTTP header name')
  .refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), 'is set by the webhook channel and cannot be overridden');

// Only used to catch template syntax errors when the channel is saved; values do not matter.
const SAMPLE_EVENT: SignalboxEvent = { id: 'evt_sample', type: 'sample', source: 'signalbox', severity: 'info', timestamp: '2026-01-01T00:00:00Z', data: {} };

export const webhookConfigSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).describe('Endpoint URL. Stored encrypted: webhook URLs often carry a token.'),
    method: z.enum(['POST', 'PUT']).default('POST'),
    headers: z
      .record(headerName, z.string().regex(/^[^\r\n]*$/, 'must not contain line breaks'))
      .optional()
      .describe('Extra request headers (e.g. Authorization). Stored encrypted.'),
    body: z.enum(['envelope', 'custom']).default('envelope').describe('"envelope": the standard Signalbox JSON; "custom": your bodyTemplate'),
    bodyTemplate: z.string().max(20_000).optional().describe('Handlebars producing JSON; values are JSON-string-escaped, so write "{{data.message}}" in quotes'),
    signing: z
      .object({
        style: z.enum(SIGNING_STYLES).default('standard-webhooks'),
        secret: z.string().min(1).optional().describe('Signing secret (Standard Webhooks: whsec_...)'),
        previousSecret: z.string().min(1).optional().describe('During rotation: the old secret; both signatures are sent'),
      })
      .default({ style: 'standard-webhooks' }),
  })
  .superRefine((config, ctx) => {
    if (config.body === 'custom') {
      if (!config.bodyTemplate?.trim()) ctx.addIssue({ code: 'custom', path: ['bodyTemplate'], message: 'is required when body is "custom"' });
      else checkTemplateSyntax(config.bodyTemplate, ctx);
    }
    const { style, secret, previousSecret } = config.signing;
    if (style === 'none') return;
    if (!secret) ctx.addIssue({ code: 'custom', path: ['signing', 'secret'], message: `is required for signing style "${style}" (or set style to "none")` });
    if (style !== 'standard-webhooks') return;
    for (const [key, value] of [['secret', secret], ['previousSecret', previousSecret]] as const) {
      if (value && !isStandardWebhooksSecret(value)) ctx.addIssue({ code: 'custom', path: ['signing', key], message: 'must be "whsec_" followed by base64 of 24 to 64 bytes' });
    }
  });

function checkTemplateSyntax(source: string, ctx: z.core.$RefinementCtx): void {
  try {
    renderTemplate(source, SAMPLE_EVENT, { escape: 'json' });
  } catch (error) {
    // Only syntax is judged here: with sample values a valid template may still render odd JSON.
    if (error instanceof TemplateSyntaxError) ctx.addIssue({ code: 'custom', path: ['bodyTemplate'], message: error.message });
  }
}

export type WebhookConfig = z.output<typeof webhookConfigSchema>;
