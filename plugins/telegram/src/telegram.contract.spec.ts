import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import telegram from './index.js';
import { TOKEN } from './telegram.test-kit.js';

const reply = (status: number, description: string, parameters?: Record<string, unknown>) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(status === 200 ? { ok: true, result: { message_id: 1 } } : { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) }),
});

runChannelContractTests(telegram, {
  validConfig: (receiverUrl: string) => ({ botToken: TOKEN, chatId: '-1001234567890', apiBaseUrl: receiverUrl }),
  responses: {
    success: reply(200, ''),
    rateLimited: (seconds) => reply(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds }),
    permanentErrors: [reply(400, 'Bad Request: chat not found'), reply(401, 'Unauthorized'), reply(404, 'Not Found')],
    // 403: the bot was blocked or removed: the chat is unreachable until someone re-adds it.
    goneErrors: [reply(403, 'Forbidden: bot was blocked by the user')],
  },
});
