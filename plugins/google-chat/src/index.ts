import { googleChatChannel } from './google-chat.channel.js';

export { googleChatChannel } from './google-chat.channel.js';
export { googleChatConfigSchema, type GoogleChatConfig } from './google-chat.config.js';
export { formatGoogleChat, threadKey, type GoogleChatPayload } from './google-chat.format.js';
export { GOOGLE_CHAT_LIMITS } from './google-chat.limits.js';
export default googleChatChannel;
