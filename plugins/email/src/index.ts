import { emailChannel } from './email.channel.js';

export { emailChannel, createEmailChannel, type EmailChannelOptions } from './email.channel.js';
export { emailConfigSchema, type EmailConfig } from './email.config.js';
export { formatEmail, type EmailPayload } from './email.format.js';
export { messageIdFor } from './email.send.js';
export { EMAIL_CHANNEL_VERSION, EMAIL_PLUGIN_ID } from './email.version.js';
export default emailChannel;
