import { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from '@signalbox/plugin-sdk/testing';
import { GoneError, PermanentError, RetryableError, type Message } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import mattermost from './index.js';
import { FAKE_HOOK_ID, startFakeMattermost, type FakeMattermost } from './mattermost.fake-api.js';

const http = testHttpClient();
let fake: FakeMattermost;

beforeAll(async () => {
  fake = await startFakeMattermost();
});
afterEach(() => fake.override());
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(options: { message?: Message; url?: string; logger?: ReturnType<typeof recordingLogger>; config?: Record<string, unknown> } = {}) {
  return deliverMessage(mattermost, {
    message: options.message ?? sampleMessage(),
    config: { webhookUrl: options.url ?? fake.webhookUrl, ...options.config },
    idempotencyKey: 'dlv_evt_01_node_3',
    attempt: 1,
    isTest: false,
    http,
    logger: options.logger ?? recordingLogger(),
  });
}

describe('mattermost channel against a fake Mattermost that enforces the webhook contract', () => {
  it('posts an attachment coloured by severity, with the title linked and the fields', async () => {
    await expect(deliver({ config: { username: 'Signalbox', channel: 'ops-alerts' } })).resolves.toMatchObject({ ok: true, statusCode: 200, responseExcerpt: 'ok' });
    expect(fake.posts.at(-1)).toMatchObject({
      text: '**High**: Deploy failed: my-app',
      username: 'Signalbox',
      channel: 'ops-alerts',
      attachments: [
        {
          color: '#F57C00',
          title: 'Deploy failed: my-app',
          title_link: 'https://panel.example.com/deploys/1',
          fields: [
            { title: 'Customer', value: 'Acme Corp', short: true },
            { title: 'Image', value: 'myapp:latest', short: true },
          ],
        },
      ],
    });
  });

  it.each([
    ['hostile input (10k-character title, 100k body, 500 fields)', hostileMessage()],
    ['an all-empty message', emptyMessage()],
    ['a 20,000-character body of emoji', sampleMessage({ body: '👨‍👩‍👧'.repeat(4000) })],
  ])('%s is still accepted', async (_, message) => {
    await expect(deliver({ message })).resolves.toMatchObject({ ok: true });
    expect(fake.violations).toEqual([]);
  });

  it('the fake really enforces the contract', async () => {
    const post = (body: string) => http.request(fake.webhookUrl, { method: 'POST', body });
    const long = await post(JSON.stringify({ text: 'x'.repeat(16_384) }));
    expect(long.status).toBe(400);
    expect(fake.violations).toEqual(['text: 16384 characters, more than 16383']);
    expect(JSON.parse((await post('{}')).body)).toMatchObject({ id: 'web.incoming_webhook.text.app_error' });
    expect((await post('{')).status).toBe(400);
    await post(JSON.stringify({ attachments: [{ color: 'red', fields: [{ title: 'a' }] }] }));
    expect(fake.violations).toEqual(['attachments[0].color red', 'attachments[0].fields[0] needs a title and a value']);
  });
});

describe('mattermost channel: error taxonomy', () => {
  it('429 + Retry-After → RetryableError with that delay', async () => {
    fake.override({ status: 429, headers: { 'retry-after': '3' }, body: 'limit exceeded' });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 3000 });
  });

  it('a deleted webhook (404) → GoneError that says what to do', async () => {
    const error = await rejection(deliver({ url: fake.webhookUrl.replace(FAKE_HOOK_ID, 'deletedhook123') }));
    expect(error).toBeInstanceOf(GoneError);
    expect(error.message).toContain('Invalid webhook. (web.incoming_webhook.invalid.app_error)');
    expect(error.message).toContain('create a new one');
  });

  it.each([
    [400, 'web.incoming_webhook.parse.app_error', PermanentError],
    [403, 'web.incoming_webhook.disabled.app_error', PermanentError],
    [500, 'app.post.save.app_error', RetryableError],
  ])('%d %s → %o, with the server’s reason', async (status, id, type) => {
    fake.override({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, message: 'reason text', status_code: status }) });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(type);
    expect(error).not.toBeInstanceOf(GoneError);
    expect(error.message).toContain(`reason text (${id})`);
  });

  it('the webhook URL never appears in errors or logs, even when the response echoes it', async () => {
    const logger = recordingLogger();
    fake.override({ status: 400, body: JSON.stringify({ message: `bad post to ${fake.webhookUrl}` }) });
    const error = await rejection(deliver({ logger }));
    for (const text of [error.message, error.stack, String(error.options.responseExcerpt), logger.text()]) expect(text).not.toContain(FAKE_HOOK_ID);
  });

  it('refuses a plain-http webhook URL that is not loopback (it carries the credential)', () => {
    const parsed = mattermost.config.safeParse({ webhookUrl: 'http://chat.example.com/hooks/abc123' });
    expect(parsed.success).toBe(false);
    expect(mattermost.config.safeParse({ webhookUrl: 'https://chat.example.com/hooks/abc123' }).success).toBe(true);
  });
});
