import { defineChannel, maskEmails } from '@signalbox/plugin-sdk';
import { emailConfigSchema } from './email.config.js';
import { formatEmail } from './email.format.js';
import { sendEmail } from './email.send.js';
import { EMAIL_CHANNEL_VERSION, EMAIL_PLUGIN_ID } from './email.version.js';

export interface EmailChannelOptions {
  /** Connect and greeting timeout, ms (socket idle: twice this). */
  timeoutMs?: number;
}

/** An email channel with its own timeouts (tests). The SMTP host is checked by the host's address policy (ctx.http). */
export function createEmailChannel(options: EmailChannelOptions = {}) {
  const sendOptions = { timeoutMs: options.timeoutMs ?? 10_000 };
  return defineChannel({
    id: EMAIL_PLUGIN_ID,
    name: 'Email',
    version: EMAIL_CHANNEL_VERSION,
    description: 'Send alerts as HTML + plain-text email through your SMTP server.',
    icon: 'email.svg',
    config: emailConfigSchema,
    secrets: ['auth.password'],
    describeDestination: (config) => maskEmails(config.to),
    limits: { ratePerSecond: 2 },
    // Values are interpolated into HTML; format() decodes them once for the subject and the text part.
    escape: 'html',
    format: formatEmail,
    send: (payload, config, ctx) => sendEmail(payload, config, ctx, sendOptions),
  });
}

export const emailChannel = createEmailChannel();
