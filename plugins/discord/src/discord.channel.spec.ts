import { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from '@signalbox/plugin-sdk/testing';
import { GoneError, PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { Message } from '@signalbox/plugin-sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import discord from './index.js';
import { discordRateLimited, FAKE_DISCORD_PATH, startFakeDiscord, type FakeDiscord } from './discord.fake.js';

const http = testHttpClient();
const TOKEN = FAKE_DISCORD_PATH.split('/').at(-1)!;
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterEach(() => fake.override());
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(options: { message?: Message; config?: Record<string, unknown>; logger?: ReturnType<typeof recordingLogger> } = {}) {
  return deliverMessage(discord, {
    message: options.message ?? sampleMessage(),
    config: { webhookUrl: fake.webhookUrl, ...options.config },
    idempotencyKey: 'dlv_evt_01_node_3',
    attempt: 1,
    isTest: false,
    http,
    logger: options.logger ?? recordingLogger(),
  });
}
const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('discord channel against a fake Discord that enforces the embed limits', () => {
  it('executes the webhook with ?wait=true and reports the created message', async () => {
    const outcome = await deliver();
    expect(outcome).toMatchObject({ ok: true, statusCode: 200, responseExcerpt: 'message 1234567890123456789' });
    const { payload, query } = fake.accepted.at(-1)!;
    expect(query.get('wait')).toBe('true');
    expect(payload).toMatchObject({ embeds: [{ title: 'Deploy failed: my-app', color: 0xf57c00 }], allowed_mentions: { parse: [] } });
  });

  it('posts into a thread when threadId is set', async () => {
    await deliver({ config: { threadId: '998877665544332211' } });
    expect(fake.accepted.at(-1)!.query.get('thread_id')).toBe('998877665544332211');
  });

  it.each([
    ['hostile input', hostileMessage()],
    ['an all-empty message', emptyMessage()],
  ])('%s is accepted and pings nobody', async (_, message) => {
    await expect(deliver({ message })).resolves.toMatchObject({ ok: true });
    expect(fake.violations).toEqual([]);
    expect(fake.accepted.at(-1)!.pings).toEqual([]);
  });

  it('a configured mention pings only with allowMentions', async () => {
    await deliver({ config: { mention: '@here <@&123456789012345678>' } });
    expect(fake.accepted.at(-1)!.pings).toEqual([]);
    await deliver({ config: { mention: '@here <@&123456789012345678>', allowMentions: true } });
    expect(fake.accepted.at(-1)!.pings).toEqual(['@here', '<@&123456789012345678>']);
  });

  it('the fake really enforces the limits: 6001 characters of embed text → 400 Invalid Form Body', async () => {
    const body = JSON.stringify({ embeds: [{ title: 't', description: 'd'.repeat(4096), fields: [{ name: 'n', value: 'v'.repeat(1024) }, { name: 'n', value: 'v'.repeat(878) }] }] });
    const res = await http.request(`${fake.webhookUrl}?wait=true`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    expect(fake.violations).toEqual(['embeds: 6001 characters in total, more than 6000']);
  });
});

describe('discord channel: error taxonomy', () => {
  it('429 → RetryableError after retry_after from the body (seconds, fractional), not the rounded header', async () => {
    fake.override(discordRateLimited(1.337));
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 1337 });
  });

  it('429 without a JSON body → the Retry-After header', async () => {
    fake.override({ status: 429, headers: { 'retry-after': '3' }, body: '<html>slow down</html>' });
    expect((await rejection(deliver())).options).toMatchObject({ retryAfterMs: 3000 });
  });

  it.each([
    [500, RetryableError],
    [502, RetryableError],
    [400, PermanentError],
    [401, PermanentError],
    [403, PermanentError],
  ])('%d → %o', async (status, type) => {
    fake.override(json(status, { message: `status ${status}`, code: 0 }));
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(type);
    expect(error).not.toBeInstanceOf(GoneError);
    expect(error.options.statusCode).toBe(status);
  });

  it('a deleted webhook (404 Unknown Webhook) → GoneError', async () => {
    const error = await rejection(deliver({ config: { webhookUrl: fake.webhookUrl.replace(TOKEN, 'deleted') } }));
    expect(error).toBeInstanceOf(GoneError);
    expect(error.message).toMatch(/^Discord responded 404: \{"message":"Unknown Webhook","code":10015\} \(the webhook was deleted/);
  });

  it('the webhook token never appears in errors or logs, even when the response echoes the URL', async () => {
    const logger = recordingLogger();
    fake.override(json(400, { message: `bad request to ${fake.webhookUrl}?wait=true` }));
    const error = await rejection(deliver({ logger }));
    for (const text of [error.message, error.stack, String(error.options.responseExcerpt), logger.text()]) expect(text).not.toContain(TOKEN);
    expect(logger.text()).toContain('discord delivery');
  });
});
