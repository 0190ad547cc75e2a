import { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from '@signalbox/plugin-sdk/testing';
import { GoneError, PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { Message } from '@signalbox/plugin-sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import slack from './index.js';
import { startFakeSlack, type FakeSlack } from './slack.fake.js';

const http = testHttpClient();
const TOKEN = 'XXXXS3cr3tT0k3nXXXX';
let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterEach(() => fake.override());
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(options: { message?: Message; url?: string; logger?: ReturnType<typeof recordingLogger>; linkButton?: boolean } = {}) {
  return deliverMessage(slack, {
    message: options.message ?? sampleMessage(),
    config: { webhookUrl: options.url ?? fake.webhookUrl, linkButton: options.linkButton ?? false },
    idempotencyKey: 'dlv_evt_01_node_3',
    attempt: 1,
    isTest: false,
    http,
    logger: options.logger ?? recordingLogger(),
  });
}

describe('slack channel against a fake Slack that enforces the webhook contract', () => {
  it('posts a Block Kit message Slack accepts (200 ok)', async () => {
    const outcome = await deliver();
    expect(outcome).toMatchObject({ ok: true, statusCode: 200, responseExcerpt: 'ok' });
    const request = fake.receiver.requests.at(-1)!;
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request.headers['user-agent']).toBe('Signalbox-Slack/0.1.0');
    expect(fake.accepted.at(-1)).toMatchObject({ text: ':large_orange_circle: High: Deploy failed: my-app', blocks: [{ type: 'header' }, { type: 'section' }, { type: 'section' }, { type: 'context' }] });
  });

  it.each([
    ['hostile input', hostileMessage()],
    ['an all-empty message', emptyMessage()],
  ])('%s is still accepted', async (_, message) => {
    await expect(deliver({ message })).resolves.toMatchObject({ ok: true });
    await expect(deliver({ message, linkButton: true })).resolves.toMatchObject({ ok: true });
    expect(fake.violations).toEqual([]);
  });

  it('the fake really enforces the contract: an oversized header is refused with invalid_blocks', async () => {
    const post = (body: string) => http.request(fake.webhookUrl, { method: 'POST', body });
    const header = await post(JSON.stringify({ text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }] }));
    expect([header.status, header.body]).toEqual([400, 'invalid_blocks']);
    expect(fake.violations).toEqual(['blocks[0].text.text: 151 characters, more than 150']);
    const tooMany = await post(JSON.stringify({ blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }));
    expect([tooMany.status, tooMany.body]).toEqual([400, 'invalid_blocks']);
    expect((await post('{')).body).toBe('invalid_payload');
    expect((await post('{}')).body).toBe('no_text');
  });
});

describe('slack channel: error taxonomy', () => {
  it('429 + Retry-After → RetryableError with that delay', async () => {
    fake.override({ status: 429, headers: { 'retry-after': '7' }, body: 'rate_limited' });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 7000 });
  });

  it.each([
    [500, 'rollup_error', RetryableError],
    [503, 'service_unavailable', RetryableError],
    [400, 'invalid_blocks', PermanentError],
    [403, 'action_prohibited', PermanentError],
    [410, 'channel_is_archived', GoneError],
  ])('%d %s → %o', async (status, body, type) => {
    fake.override({ status, headers: { 'content-type': 'text/plain' }, body });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(type);
    expect(error.options.statusCode).toBe(status);
    expect(error.message).toContain(`Slack responded ${status}: ${body}`);
    if (type === PermanentError) expect(error).not.toBeInstanceOf(GoneError);
  });

  it('a removed webhook (404 no_service) → GoneError that says what to do', async () => {
    const error = await rejection(deliver({ url: fake.webhookUrl.replace(TOKEN, 'RevokedT0k3n') }));
    expect(error).toBeInstanceOf(GoneError);
    expect(error.message).toBe('Slack responded 404: no_service (the webhook was removed or its Slack app uninstalled; create a new incoming webhook)');
  });

  it('the webhook URL never appears in errors or logs, even when the response echoes it', async () => {
    const logger = recordingLogger();
    fake.override({ status: 400, body: `invalid_payload for ${fake.webhookUrl}` });
    const error = await rejection(deliver({ logger }));
    fake.override({ status: 500, body: `upstream ${encodeURIComponent(fake.webhookUrl)}` });
    const retryable = await rejection(deliver({ logger }));
    for (const text of [error.message, error.stack, String(error.options.responseExcerpt), retryable.message, String(retryable.options.responseExcerpt), logger.text()]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(logger.text()).toContain('slack delivery');
  });
});
