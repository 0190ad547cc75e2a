import { defineChannel, maskUrl } from '@signalbox/plugin-sdk';
import { googleChatConfigSchema } from './google-chat.config.js';
import { formatGoogleChat } from './google-chat.format.js';
import { GOOGLE_CHAT_LIMITS } from './google-chat.limits.js';
import { sendGoogleChat } from './google-chat.send.js';
import { validateGoogleChatPayload } from './google-chat.validate.js';

/** Google Chat incoming webhook: a cardsV2 card per alert, threaded per alert so a recovery replies to its failure. */
export const googleChatChannel = defineChannel({
  id: 'google-chat',
  name: 'Google Chat',
  version: '0.1.0',
  description: 'Post alerts as cards to a Google Chat space through an incoming webhook, one thread per alert.',
  config: googleChatConfigSchema,
  secrets: ['webhookUrl'],
  describeDestination: (config) => maskUrl(config.webhookUrl),
  // Google Chat allows one message per second per space through incoming webhooks (60 per minute).
  limits: { ratePerSecond: 1, maxPayloadBytes: GOOGLE_CHAT_LIMITS.messageBytes },
  // format() escapes card text into Chat's HTML subset itself; escaping template values too would double it.
  escape: 'none',
  format: formatGoogleChat,
  validatePayload: validateGoogleChatPayload,
  send: sendGoogleChat,
});
