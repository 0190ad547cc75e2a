import { createHmac } from 'node:crypto';
import { canonicalJson, generateStandardWebhooksSecret, GoneError, PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import { deliverMessage } from '@signalbox/plugin-sdk/host';
import { startTestReceiver, type ReceivedRequest, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import webhook from './index.js';
import { recordingLogger, sampleMessage, testHttpClient } from './webhook.test-kit.js';

const http = testHttpClient();
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
let receiver: TestReceiver;

beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterEach(() => receiver.reply({ status: 200, body: 'ok' }));
afterAll(async () => {
  await http.close();
  await receiver.close();
});

function deliver(config: Record<string, unknown>, options: { message?: ReturnType<typeof sampleMessage>; client?: typeof http; logger?: ReturnType<typeof recordingLogger> } = {}) {
  return deliverMessage(webhook, {
    message: options.message ?? sampleMessage(),
    config: { url: `${receiver.url}/hooks/T0K3N`, ...config },
    idempotencyKey: 'dlv_evt_01_node_3',
    attempt: 1,
    isTest: false,
    http: options.client ?? http,
    logger: options.logger ?? recordingLogger(),
  });
}
const last = (): ReceivedRequest => receiver.requests.at(-1)!;
const hex = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex');
type Thrown = Error & { options: Record<string, unknown> };
const rejection = (promise: Promise<unknown>): Promise<Thrown> => promise.then(() => Object.assign(new Error('expected a rejection'), { options: {} }), (error: unknown) => error as Thrown);

describe('webhook channel: Standard Webhooks', () => {
  it('posts the envelope, signed so the standardwebhooks package verifies it', async () => {
    const outcome = await deliver({ signing: { secret: SECRET } });
    expect(outcome).toMatchObject({ ok: true, statusCode: 200, responseExcerpt: 'ok' });
    const req = last();
    expect(req.method).toBe('POST');
    expect(req.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'Signalbox-Webhook/0.1.0', 'webhook-id': 'dlv_evt_01_node_3' });
    const verified = new Webhook(SECRET).verify(req.body, req.headers as Record<string, string>);
    expect(verified).toEqual({
      type: 'deploy.failure',
      timestamp: '2026-03-29T14:31:00.000Z',
      data: {
        event: sampleMessage().event,
        message: { title: 'Deploy failed: my-app', body: '**my-app** failed', severity: 'high', fields: [{ label: 'Customer', value: 'Acme Corp' }], url: 'https://panel.example.com/deploys/1' },
      },
    });
  });

  it('rotation: two space-separated signatures, each verifying with its own secret', async () => {
    const previous = generateStandardWebhooksSecret();
    await deliver({ signing: { secret: SECRET, previousSecret: previous } });
    const req = last();
    expect(String(req.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [SECRET, previous]) expect(() => new Webhook(secret).verify(req.body, req.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(generateStandardWebhooksSecret()).verify(req.body, req.headers as Record<string, string>)).toThrow();
  });

  it('keeps webhook-id stable across attempts, and sends custom headers and PUT', async () => {
    await deliver({ method: 'PUT', headers: { Authorization: 'Bearer abc', 'X-Team': 'ops' }, signing: { style: 'none' } });
    await deliver({ method: 'PUT', headers: { Authorization: 'Bearer abc' }, signing: { style: 'none' } });
    const [a, b] = receiver.requests.slice(-2);
    expect(a!.method).toBe('PUT');
    expect(a!.headers).toMatchObject({ authorization: 'Bearer abc', 'x-team': 'ops' });
    expect(a!.headers['webhook-id']).toBe(b!.headers['webhook-id']);
    expect(a!.headers['webhook-signature']).toBeUndefined();
    expect(a!.body).toBe(b!.body);
  });
});

describe('webhook channel: the seed products\' HMAC styles', () => {
  it('x-signature-256: hex HMAC of the raw body', async () => {
    await deliver({ signing: { style: 'x-signature-256', secret: 'panel-secret' } });
    expect(last().headers['x-signature-256']).toBe(hex('panel-secret', last().body));
  });

  it('x-webhook-signature: hex HMAC of the JSON body', async () => {
    await deliver({ signing: { style: 'x-webhook-signature', secret: 'netmon-secret' } });
    expect(last().headers['x-webhook-signature']).toBe(hex('netmon-secret', last().body));
  });

  it('x-nemo-signature: sha256=<hex> over canonical JSON, which is also the body sent', async () => {
    await deliver({ signing: { style: 'x-nemo-signature', secret: 'nemo-secret' } }, { message: sampleMessage({ note: 'café ☕' }) });
    const { body, headers } = last();
    expect(body).toBe(canonicalJson(JSON.parse(body)));
    expect(body).toContain('caf\\u00e9 \\u2615');
    expect(headers['x-nemo-signature']).toBe(`sha256=${hex('nemo-secret', body)}`);
  });

  it('rotation: comma-separated signatures, current first', async () => {
    await deliver({ signing: { style: 'x-nemo-signature', secret: 'new', previousSecret: 'old' } });
    expect(last().headers['x-nemo-signature']).toBe(`sha256=${hex('new', last().body)},sha256=${hex('old', last().body)}`);
    await deliver({ signing: { style: 'x-signature-256', secret: 'new', previousSecret: 'old' } });
    expect(String(last().headers['x-signature-256']).split(',')).toEqual([hex('new', last().body), hex('old', last().body)]);
  });
});

describe('webhook channel: responses and failures', () => {
  const none = { signing: { style: 'none' } };

  it('429 with Retry-After → RetryableError carrying the delay', async () => {
    receiver.reply({ status: 429, headers: { 'Retry-After': '30' }, body: 'slow down' });
    const error = await rejection(deliver(none));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.options).toMatchObject({ statusCode: 429, retryAfterMs: 30_000, responseExcerpt: 'slow down' });
  });

  it.each([
    [500, RetryableError],
    [410, GoneError],
    [400, PermanentError],
  ])('%d → %o', async (status, type) => {
    receiver.reply({ status, body: `status ${status}` });
    const error = await rejection(deliver(none));
    expect(error).toBeInstanceOf(type);
    expect(error.options.statusCode).toBe(status);
    if (status === 400) expect(error).not.toBeInstanceOf(GoneError);
  });

  it('error messages name the host, never the secret URL path', async () => {
    receiver.reply({ status: 404, body: 'no such hook' });
    const error = await rejection(deliver(none));
    expect(error.message).toMatch(/webhook endpoint 127\.0\.0\.1:\d+ responded 404/);
    expect(error.message).not.toContain('T0K3N');
  });

  it('a receiver that never answers → RetryableError (timeout)', async () => {
    receiver.reply({ hang: true });
    const client = testHttpClient({ timeoutMs: 300 });
    const error = await rejection(deliver(none, { client }));
    await client.close();
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toMatch(/timeout after 300 ms/);
  });

  it('refuses 127.0.0.1 when private networks are not allowed (PermanentError, nothing sent)', async () => {
    const guarded = testHttpClient({ allowPrivateNetworks: false });
    const before = receiver.requests.length;
    const error = await rejection(deliver(none, { client: guarded }));
    await guarded.close();
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/not allowed/);
    expect(receiver.requests.length).toBe(before);
  });

  it('caps a huge response body and keeps a short excerpt', async () => {
    receiver.reply({ status: 200, body: 'y'.repeat(500_000) });
    const client = testHttpClient({ maxResponseBytes: 4096 });
    const outcome = await deliver(none, { client });
    await client.close();
    expect(outcome.responseExcerpt).toHaveLength(501);
  });

  it('the masking logger never prints the secrets', async () => {
    const logger = recordingLogger();
    receiver.reply({ status: 500, body: 'boom' });
    await rejection(deliver({ headers: { Authorization: 'Bearer hdr-secret-1' }, signing: { secret: SECRET } }, { logger }));
    expect(logger.text()).toContain('webhook delivery');
    expect(logger.text()).not.toMatch(/T0K3N|hdr-secret-1|MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw/);
  });
});
