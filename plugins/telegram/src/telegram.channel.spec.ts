import { readFileSync } from 'node:fs';
import { GoneError, PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { Message } from '@signalbox/plugin-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from './telegram.fake-api.js';
import telegram, { TELEGRAM_CHANNEL_VERSION } from './index.js';
import { allCatalogueMessages, catalogueMessage, recordingLogger, TOKEN, testHttpClient } from './telegram.test-kit.js';

const http = testHttpClient();
let fake: FakeTelegram;
beforeAll(async () => {
  fake = await startFakeTelegram(TOKEN);
});
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(message: Message = catalogueMessage(), config: Record<string, unknown> = {}, logger = recordingLogger()) {
  return deliverMessage(telegram, { message, config: { botToken: TOKEN, chatId: '-1001234567890', apiBaseUrl: fake.url, ...config }, idempotencyKey: 'dlv_1', attempt: 1, isTest: false, http, logger });
}
type Thrown = Error & { options: Record<string, unknown> };
const rejection = (promise: Promise<unknown>): Promise<Thrown> => promise.then(() => Object.assign(new Error('expected a rejection'), { options: {} }), (error: unknown) => error as Thrown);

describe('telegram channel: delivery', () => {
  it('posts sendMessage in HTML parse mode to /bot<token>/sendMessage', async () => {
    const outcome = await deliver();
    expect(outcome).toMatchObject({ ok: true, statusCode: 200 });
    expect(fake.paths.at(-1)).toBe(`/bot${TOKEN}/sendMessage`);
    expect(fake.messages.at(-1)!.text).toContain('🔴 HTTP service is not responding on port 80');
  });

  it('the fake accepts every catalogue event', async () => {
    for (const message of allCatalogueMessages()) await expect(deliver(message)).resolves.toMatchObject({ ok: true });
  });

  it('hostile input still produces a message Telegram accepts, within 4096 visible characters', async () => {
    const base = catalogueMessage();
    const hostile: Message[] = [
      { ...base, title: 'T'.repeat(10_000) },
      { ...base, body: 'x'.repeat(10_000), fields: Array.from({ length: 500 }, (_, i) => ({ label: `Field ${i} <b>`, value: `value & ${'v'.repeat(600)}` })) },
      { ...base, title: '🔥'.repeat(3000), body: '😀'.repeat(5000) },
      { ...base, title: '<b>bold?</b> & <script>', body: '**unclosed _mixed `code [link](https://e.com/?a=<b>&c)\n- <i>\n> & quote', fields: [{ label: '<&>', value: '&amp; &lt;b&gt; &bogus; &#0; &' }] },
      { ...base, title: '', body: '', fields: [] },
      { ...base, title: '   ', body: '\n\n', fields: [{ label: '', value: '' }] },
      { ...base, body: `**${'b'.repeat(5000)}**`, url: 'https://e.com/"><script>' },
      { ...base, title: 'lone \uD83D surrogate \u0000 nul', body: '`' + '<'.repeat(5000) + '`' },
    ];
    for (const message of hostile) {
      await expect(deliver(message)).resolves.toMatchObject({ ok: true });
      expect(fake.messages.at(-1)!.text.length).toBeLessThanOrEqual(4096);
    }
  });

  it('package.json version matches the version the plugin reports', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TELEGRAM_CHANNEL_VERSION).toBe(pkg.version);
  });
});

describe('telegram channel: errors', () => {
  it('429 → RetryableError after parameters.retry_after seconds', async () => {
    fake.failNext({ status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 17', parameters: { retry_after: 17 } } });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toBe('Telegram responded 429: Too Many Requests: retry after 17');
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 17_000 });
  });

  it.each([500, 502])('%d → RetryableError', async (status) => {
    fake.failNext({ status, body: { ok: false, error_code: status, description: 'Internal Server Error' } });
    expect(await rejection(deliver())).toBeInstanceOf(RetryableError);
  });

  it('403 (bot kicked / blocked) → GoneError, so the host disables the channel', async () => {
    fake.blocked.add('-100999');
    fake.chats.add('-100999');
    const error = await rejection(deliver(undefined, { chatId: '-100999' }));
    expect(error).toBeInstanceOf(GoneError);
    expect(error.message).toContain('Forbidden: bot was kicked from the group chat');
  });

  it('400 chat not found → PermanentError with a hint', async () => {
    const error = await rejection(deliver(undefined, { chatId: '-100404' }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).not.toBeInstanceOf(GoneError);
    expect(error.message).toMatch(/chat not found \(check chatId/);
  });

  it('a wrong token → 401 PermanentError, and the token is never in errors or logs', async () => {
    const wrong = '987654321:AAHanotherSecretTokenValue_0000000';
    const logger = recordingLogger();
    const error = await rejection(deliver(undefined, { botToken: wrong }, logger));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toBe('Telegram responded 401: Unauthorized');
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error.options)} ${logger.text()}`;
    expect(everything).not.toContain('AAHanotherSecretTokenValue');
  });

  it('an unreachable Bot API → RetryableError without the token', async () => {
    const error = await rejection(deliver(undefined, { apiBaseUrl: 'http://127.0.0.1:1' }));
    expect(error).toBeInstanceOf(RetryableError);
    expect(`${error.message} ${error.stack}`).not.toContain(TOKEN.split(':')[1]);
  });
});

describe('telegram channel: group upgraded to supergroup', () => {
  it('follows migrate_to_chat_id within the attempt, logs a warning and reports the new id', async () => {
    fake.migrations.set('-4001', '-1004001');
    fake.chats.add('-1004001');
    const logger = recordingLogger();
    const payload = telegram.format(catalogueMessage(), telegram.config.parse({ botToken: TOKEN, chatId: '-4001', apiBaseUrl: fake.url }));
    const result = await telegram.send(payload, telegram.config.parse({ botToken: TOKEN, chatId: '-4001', apiBaseUrl: fake.url }), { http, logger, idempotencyKey: 'k', attempt: 1, isTest: false });
    expect(result).toMatchObject({ statusCode: 200, migratedToChatId: '-1004001' });
    expect(result.responseExcerpt).toMatch(/^chat migrated to -1004001: update the channel's chatId/);
    expect(fake.messages.at(-1)!.chatId).toBe('-1004001');
    expect(logger.text()).toContain('"toChatId":"-1004001"');
    expect(logger.text()).not.toContain(TOKEN);

    const outcome = await deliver(undefined, { chatId: '-4001' });
    expect(outcome.responseExcerpt).toContain('chat migrated to -1004001');
  });
});
