import { defineChannel } from '@signalbox/plugin-sdk';
import { emailConfigSchema } from './email.config.js';
import { formatEmail } from './email.format.js';
import { sendEmail } from './email.send.js';
import { EMAIL_CHANNEL_VERSION, EMAIL_PLUGIN_ID } from './email.version.js';

export interface EmailChannelOptions {
  /**
   * Whether the SMTP host may be a loopback/private address. The SDK gives plugins no view of the host's
   * address policy for non-HTTP transports yet, so the default mirrors the worker's ALLOW_PRIVATE_NETWORKS.
   */
  allowPrivateNetworks?: boolean;
  /** Connect and greeting timeout, ms (socket idle: twice this). */
  timeoutMs?: number;
}

function envAllowsPrivateNetworks(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.ALLOW_PRIVATE_NETWORKS?.trim();
  // Same parsing and default (on) as temporal/src/worker.config.ts.
  return value ? value === 'true' || value === '1' : true;
}

/** An email channel with an explicit address policy (tests, or a host that knows its policy). */
export function createEmailChannel(options: EmailChannelOptions = {}) {
  const sendOptions = { allowPrivateNetworks: options.allowPrivateNetworks ?? envAllowsPrivateNetworks(), timeoutMs: options.timeoutMs ?? 10_000 };
  return defineChannel({
    id: EMAIL_PLUGIN_ID,
    name: 'Email',
    version: EMAIL_CHANNEL_VERSION,
    description: 'Send alerts as HTML + plain-text email through your SMTP server.',
    icon: 'email.svg',
    config: emailConfigSchema,
    secrets: ['auth.password'],
    limits: { ratePerSecond: 2 },
    // Values are interpolated into HTML; format() decodes them once for the subject and the text part.
    escape: 'html',
    format: formatEmail,
    send: (payload, config, ctx) => sendEmail(payload, config, ctx, sendOptions),
  });
}

export const emailChannel = createEmailChannel();
