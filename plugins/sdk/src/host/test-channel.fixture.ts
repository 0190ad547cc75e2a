import { z } from 'zod';
import { defineChannel } from '../define-channel.js';
import { classifyHttpResponse } from '../http/response.classify.js';

/** A minimal channel for host tests: posts the title to `url`, authenticating with `auth.token`. */
export const testChannel = defineChannel({
  id: 'test-channel',
  name: 'Test channel',
  version: '1.0.0',
  description: 'for tests',
  escape: 'none',
  config: z.object({
    url: z.url(),
    mode: z.enum(['fast', 'slow']).default('fast'),
    auth: z.object({ user: z.string().default('bot'), token: z.string().min(8) }),
    crash: z.boolean().default(false),
  }),
  secrets: ['url', 'auth.token'],
  format: (message, config) => {
    if (config.crash) throw new TypeError(`cannot read properties of undefined (token ${config.auth.token})`);
    return { text: message.title };
  },
  async send(payload, config, ctx) {
    ctx.logger.info(`sending to ${config.url}`, { token: config.auth.token });
    const res = await ctx.http.request(config.url, { method: 'POST', body: JSON.stringify(payload), headers: { authorization: config.auth.token } });
    return classifyHttpResponse(res, { platform: `test (${config.url})` });
  },
});
