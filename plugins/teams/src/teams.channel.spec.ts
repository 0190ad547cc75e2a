import { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from '@signalbox/plugin-sdk/testing';
import { GoneError, PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import type { Message } from '@signalbox/plugin-sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import teams from './index.js';
import { FAKE_SIG, startFakeTeams, type FakeTeams } from './teams.fake.js';

const http = testHttpClient();
let fake: FakeTeams;

beforeAll(async () => {
  fake = await startFakeTeams();
});
afterEach(() => fake.override());
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(options: { message?: Message; url?: string; logger?: ReturnType<typeof recordingLogger> } = {}) {
  return deliverMessage(teams, {
    message: options.message ?? sampleMessage(),
    config: { webhookUrl: options.url ?? fake.webhookUrl },
    idempotencyKey: 'dlv_evt_01_node_3',
    attempt: 1,
    isTest: false,
    http,
    logger: options.logger ?? recordingLogger(),
  });
}
const json = (status: number, code: string) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code, message: code } }) });

describe('teams channel against a fake Workflows trigger that enforces the card contract', () => {
  it('posts the card; the flow answers 202', async () => {
    await expect(deliver()).resolves.toMatchObject({ ok: true, statusCode: 202 });
    expect(fake.accepted.at(-1)).toMatchObject({ type: 'message', attachments: [{ content: { type: 'AdaptiveCard', version: '1.4' } }] });
    expect(fake.receiver.requests.at(-1)!.headers['content-type']).toBe('application/json');
  });

  it.each([
    ['hostile input', hostileMessage()],
    ['an all-empty message', emptyMessage()],
    ['a 200 kB body', sampleMessage({ body: '"quoted" \\ and <tags> & ☃ '.repeat(8_000) })],
  ])('%s is accepted', async (_, message) => {
    await expect(deliver({ message })).resolves.toMatchObject({ ok: true, statusCode: 202 });
    expect(fake.violations).toEqual([]);
  });

  it('the fake really enforces the contract: over 28 KB, or not a card → 400', async () => {
    const post = (body: unknown) => http.request(fake.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const big = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'x'.repeat(28_000) }] } }] };
    expect((await post(big)).status).toBe(400);
    expect(fake.violations[0]).toMatch(/bytes, more than 28000/);
    expect((await post({ text: 'connector style' })).status).toBe(400);
  });
});

describe('teams channel: error taxonomy', () => {
  it('429 + Retry-After → RetryableError with the delay', async () => {
    fake.override({ status: 429, headers: { 'retry-after': '12' }, body: JSON.stringify({ error: { code: 'WorkflowTriggerIsThrottled' } }) });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 12_000 });
  });

  it.each([
    [500, RetryableError],
    [502, RetryableError],
    [400, PermanentError],
    [403, PermanentError],
    [404, PermanentError],
  ])('%d → %o', async (status, type) => {
    fake.override(json(status, `Status${status}`));
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(type);
    expect(error).not.toBeInstanceOf(GoneError);
    expect(error.options.statusCode).toBe(status);
  });

  it('a wrong signature (401) is permanent and names the host, not the URL', async () => {
    const error = await rejection(deliver({ url: fake.webhookUrl.replace(FAKE_SIG, 'wrong') }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/^Teams Workflows \(127\.0\.0\.1:\d+\) responded 401: .*DirectApiInvalidAuthorizationSignature/);
  });

  it('the signature never appears in errors or logs, even when the response echoes the URL', async () => {
    const logger = recordingLogger();
    fake.override({ status: 400, body: `bad request for ${fake.webhookUrl}` });
    const error = await rejection(deliver({ logger }));
    for (const text of [error.message, error.stack, String(error.options.responseExcerpt), logger.text()]) expect(text).not.toContain(FAKE_SIG);
    expect(logger.text()).toContain('teams delivery');
  });
});
