import { emptyMessage, hostileMessage, recordingLogger, rejection, sampleMessage, testHttpClient } from '@signalbox/plugin-sdk/testing';
import { PermanentError, RetryableError, type Message } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import opsgenie from './index.js';
import { FAKE_API_KEY, startFakeOpsgenie, type FakeOpsgenie } from './opsgenie.fake-api.js';

const http = testHttpClient();
let fake: FakeOpsgenie;

beforeAll(async () => {
  fake = await startFakeOpsgenie();
});
afterEach(() => fake.override());
afterAll(async () => {
  await http.close();
  await fake.close();
});

function deliver(options: { message?: Message; apiKey?: string; logger?: ReturnType<typeof recordingLogger>; attempt?: number } = {}) {
  return deliverMessage(opsgenie, {
    message: options.message ?? sampleMessage(),
    config: { apiKey: options.apiKey ?? FAKE_API_KEY, apiBaseUrl: fake.baseUrl, responders: [{ type: 'team', name: 'Platform' }] },
    idempotencyKey: 'dlv_evt_01_node_3',
    attempt: options.attempt ?? 1,
    isTest: false,
    http,
    logger: options.logger ?? recordingLogger(),
  });
}

const event = (subject: string, type = 'deploy.failure', data: Record<string, unknown> = {}) => ({ ...sampleMessage().event, subject, type, data });

describe('opsgenie channel against a fake Alert API that enforces the documented limits', () => {
  it('creates an alert with priority from severity, alias, tags, details and responders', async () => {
    await expect(deliver({ message: sampleMessage({ event: event('svc-create') }) })).resolves.toMatchObject({ ok: true, statusCode: 202 });
    expect(fake.receiver.requests.at(-1)!.headers.authorization).toBe(`GenieKey ${FAKE_API_KEY}`);
    expect(fake.alerts.at(-1)).toMatchObject({
      alias: 'ai-admin-panel:deploy:svc-create',
      status: 'open',
      body: { message: 'Deploy failed: my-app', priority: 'P2', entity: 'svc-create', tags: ['signalbox', 'ai-admin-panel', 'deploy.failure'], details: { Customer: 'Acme Corp', Image: 'myapp:latest' }, responders: [{ type: 'team', name: 'Platform' }] },
    });
  });

  it('a retried delivery does not open a second alert (same alias → de-duplicated)', async () => {
    const message = sampleMessage({ event: event('svc-retry') });
    await deliver({ message });
    await deliver({ message, attempt: 2 });
    expect(fake.alerts.filter((a) => a.alias.endsWith(':svc-retry'))).toMatchObject([{ count: 2, status: 'open' }]);
  });

  it('the recovery closes the alert its failure opened, by alias', async () => {
    await deliver({ message: sampleMessage({ event: event('svc-heal') }) });
    await expect(deliver({ message: sampleMessage({ title: 'Recovered', event: event('svc-heal', 'deploy.recovered') }) })).resolves.toMatchObject({ ok: true, statusCode: 202 });
    expect(fake.receiver.requests.at(-1)!.path).toBe(`/v2/alerts/${encodeURIComponent('ai-admin-panel:deploy:svc-heal')}/close?identifierType=alias`);
    expect(fake.alerts.find((a) => a.alias.endsWith(':svc-heal'))!.status).toBe('closed');
  });

  it.each([
    ['hostile input (10k-character title, 100k body, 500 fields)', hostileMessage()],
    ['an all-empty message', emptyMessage()],
  ])('%s is still accepted', async (_, message) => {
    await expect(deliver({ message })).resolves.toMatchObject({ ok: true });
    expect(fake.violations).toEqual({});
  });

  it('the fake really enforces the limits: a 131-character message is refused with 422 and field errors', async () => {
    const res = await http.request(`${fake.baseUrl}/v2/alerts`, { method: 'POST', headers: { authorization: `GenieKey ${FAKE_API_KEY}` }, body: JSON.stringify({ message: 'x'.repeat(131), priority: 'P9' }) });
    expect(res.status).toBe(422);
    expect(Object.keys(JSON.parse(res.body).errors)).toEqual(['message', 'priority']);
  });
});

describe('opsgenie channel: error taxonomy', () => {
  it('a wrong API key → PermanentError naming Opsgenie’s reason', async () => {
    const error = await rejection(deliver({ apiKey: '00000000-0000-4000-8000-000000000000' }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toContain('Could not authenticate');
  });

  it('422 → PermanentError listing the field errors', async () => {
    fake.override({ status: 422, body: JSON.stringify({ message: 'Request body is not processable. Please check the errors.', errors: { message: 'Message can not be empty.' } }) });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toBe('Opsgenie refused the create (422): Request body is not processable. Please check the errors. (message: Message can not be empty.)');
  });

  it.each([
    [429, { 'retry-after': '4' }, 4000],
    [503, {}, undefined],
  ])('%d → RetryableError', async (status, headers, retryAfterMs) => {
    fake.override({ status, headers, body: JSON.stringify({ message: 'busy' }) });
    const error = await rejection(deliver());
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options.retryAfterMs).toBe(retryAfterMs);
  });

  it('the API key never appears in errors or logs, even when the response echoes the request', async () => {
    const logger = recordingLogger();
    fake.override({ status: 400, body: JSON.stringify({ message: `bad request with GenieKey ${FAKE_API_KEY}` }) });
    const error = await rejection(deliver({ logger }));
    for (const text of [error.message, error.stack, String(error.options.responseExcerpt), logger.text()]) expect(text).not.toContain(FAKE_API_KEY);
  });

  it('picks the EU host, and refuses a plain-http API host that is not loopback', () => {
    const parse = (config: Record<string, unknown>) => opsgenie.config.safeParse({ apiKey: FAKE_API_KEY, ...config });
    expect(parse({ region: 'eu' })).toMatchObject({ success: true, data: { region: 'eu' } });
    expect(parse({ apiBaseUrl: 'http://opsgenie-proxy.example.com' }).success).toBe(false);
  });
});
