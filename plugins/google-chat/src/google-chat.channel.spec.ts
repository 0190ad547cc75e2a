import { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from '@signalbox/plugin-sdk/testing';
import { GoneError, PermanentError, RetryableError, type Message } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import googleChat from './index.js';
import { FAKE_KEY, FAKE_TOKEN, startFakeGoogleChat, type FakeGoogleChat } from './google-chat.fake-api.js';

const http = testHttpClient();
let fake: FakeGoogleChat;

beforeAll(async () => {
  fake = await startFakeGoogleChat();
});
afterEach(() => fake.override());
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(options: { message?: Message; url?: string; logger?: ReturnType<typeof recordingLogger>; threadPerAlert?: boolean } = {}) {
  return deliverMessage(googleChat, {
    message: options.message ?? sampleMessage(),
    config: { webhookUrl: options.url ?? fake.webhookUrl, threadPerAlert: options.threadPerAlert ?? true },
    idempotencyKey: 'dlv_evt_01_node_3',
    attempt: 1,
    isTest: false,
    http,
    logger: options.logger ?? recordingLogger(),
  });
}

const recovery = (subject: string) => {
  const base = sampleMessage();
  return sampleMessage({ title: `Deploy recovered: ${subject}`, severity: 'info', event: { ...base.event, type: 'deploy.success', severity: 'info', subject } });
};

describe('google chat channel against a fake Chat API that enforces the webhook contract', () => {
  it('posts a card with header, body, fields and an Open button', async () => {
    await expect(deliver()).resolves.toMatchObject({ ok: true, statusCode: 200 });
    const { body } = fake.messages.at(-1)!;
    expect(body).toMatchObject({
      text: '🟠 High: Deploy failed: my-app',
      cardsV2: [{ card: { header: { title: 'Deploy failed: my-app', subtitle: '🟠 High · ai-admin-panel' } } }],
    });
    expect(JSON.stringify(body)).toContain('<b>my-app</b> failed to deploy: see <a href=\\"https://panel.example.com/deploys/1/logs\\">the logs</a>');
    expect(JSON.stringify(body)).toContain('{"decoratedText":{"topLabel":"Customer","text":"Acme Corp","wrapText":true}}');
    expect(JSON.stringify(body)).toContain('"openLink":{"url":"https://panel.example.com/deploys/1"}');
  });

  it('a recovery replies in its failure’s thread; another alert starts its own', async () => {
    await deliver({ message: sampleMessage({ event: { ...sampleMessage().event, subject: 'svc-a' } }) });
    const failure = fake.messages.at(-1)!.thread;
    await deliver({ message: sampleMessage({ event: { ...sampleMessage().event, subject: 'svc-b' } }) });
    expect(fake.messages.at(-1)!.thread).not.toBe(failure);
    await deliver({ message: recovery('svc-a') });
    expect(fake.messages.at(-1)!.thread).toBe(failure);
    expect(fake.receiver.requests.at(-1)!.path).toContain('messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD');
  });

  it('threading off: every message starts a new thread', async () => {
    await deliver({ threadPerAlert: false, message: recovery('svc-c') });
    const first = fake.messages.at(-1)!.thread;
    await deliver({ threadPerAlert: false, message: recovery('svc-c') });
    expect(fake.messages.at(-1)!.thread).not.toBe(first);
  });

  it.each([
    ['hostile input (10k-character title, 100k body, 500 fields)', hostileMessage()],
    ['an all-empty message', emptyMessage()],
    ['a body of 5,000 ampersands (escaping grows it fivefold)', sampleMessage({ body: '&'.repeat(5000) })],
  ])('%s is still accepted', async (_, message) => {
    await expect(deliver({ message })).resolves.toMatchObject({ ok: true });
    expect(fake.violations).toEqual([]);
  });

  it('the fake really enforces the contract', async () => {
    const post = (body: unknown) => http.request(fake.webhookUrl, { method: 'POST', body: JSON.stringify(body) });
    expect((await post({ text: 'x'.repeat(4097) })).status).toBe(400);
    expect(fake.violations).toEqual(['text: 4097 characters, more than 4096']);
    expect((await post({ text: 'é'.repeat(16_001) })).status).toBe(400);
    expect(fake.violations).toEqual(['message: 32013 bytes, more than 32000']);
    await post({ cardsV2: [{ cardId: 'c', card: { sections: [{ widgets: [{ textParagraph: { text: 'a' }, decoratedText: { text: 'b' } }] }] } }] });
    expect(fake.violations).toEqual(['cardsV2[0].card.sections[0].widgets[0]: exactly one widget kind expected, got 2']);
  });
});

describe('google chat channel: error taxonomy', () => {
  it('429 → RetryableError honouring Retry-After', async () => {
    fake.override({ status: 429, headers: { 'retry-after': '5' }, body: JSON.stringify({ error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded' } }) });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 5000 });
  });

  it('a deleted space (404) → GoneError', async () => {
    const error = await rejection(deliver({ url: fake.webhookUrl.replace('AAAAfakeSpace', 'AAAAdeleted') }));
    expect(error).toBeInstanceOf(GoneError);
    expect(error.message).toContain('NOT_FOUND: Requested entity was not found.');
  });

  it.each([
    ['a wrong key → 400', (url: string) => url.replace(FAKE_KEY, 'AIzaWrong'), 'INVALID_ARGUMENT: API key not valid'],
    ['a revoked token → 401', (url: string) => url.replace(FAKE_TOKEN, 'revoked'), 'UNAUTHENTICATED'],
  ])('%s → PermanentError with Google’s reason', async (_, mangle, reason) => {
    const error = await rejection(deliver({ url: mangle(fake.webhookUrl) }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).not.toBeInstanceOf(GoneError);
    expect(error.message).toContain(reason);
  });

  it('key and token never appear in errors or logs, even when the response echoes them', async () => {
    const logger = recordingLogger();
    fake.override({ status: 500, body: `upstream error for ${fake.webhookUrl}` });
    const error = await rejection(deliver({ logger }));
    expect(error).toBeInstanceOf(RetryableError);
    for (const text of [error.message, error.stack, String(error.options.responseExcerpt), logger.text()]) {
      expect(text).not.toContain(FAKE_TOKEN);
      expect(text).not.toContain(FAKE_KEY);
    }
  });

  it('refuses a plain-http or non-webhook URL', () => {
    expect(googleChat.config.safeParse({ webhookUrl: 'http://chat.googleapis.com/v1/spaces/A/messages?key=k&token=t' }).success).toBe(false);
    expect(googleChat.config.safeParse({ webhookUrl: 'https://chat.googleapis.com/v1/spaces/A/messages?key=k' }).success).toBe(false);
    expect(googleChat.config.safeParse({ webhookUrl: 'https://chat.googleapis.com/v1/spaces/A/messages?key=k&token=t' }).success).toBe(true);
  });
});
