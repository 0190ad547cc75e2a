import type { Message } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelLogger } from '../channel.types.js';
import { GoneError, PermanentError, RetryableError } from '../errors.js';
import { createHttpClient } from '../http/http.client.js';
import { startTestReceiver, type TestReceiver } from '../testing/http-receiver.js';
import { deliverMessage } from './message.deliver.js';
import { testChannel } from './test-channel.fixture.js';

const message: Message = {
  title: 'Deploy failed',
  body: 'my-app',
  severity: 'high',
  fields: [],
  event: { id: 'e1', type: 'deploy.failure', source: 'test', severity: 'high', timestamp: '2026-03-29T14:31:00Z', data: {} },
};
const http = createHttpClient({ allowPrivateNetworks: true });
const logged: string[] = [];
const logger: ChannelLogger = { info: (m, f) => logged.push(m + JSON.stringify(f)), warn: (m) => logged.push(m), error: (m) => logged.push(m) };
let receiver: TestReceiver;
const input = (config: Record<string, unknown>) => ({ message, config, idempotencyKey: 'dlv_1', attempt: 1, isTest: false, http, logger });
const config = () => ({ url: `${receiver.url}/hook/secret-path-token`, auth: { token: 'supersecret-token' } });

beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(async () => {
  await http.close();
  await receiver.close();
});

describe('deliverMessage', () => {
  it('formats, sends and reports status, excerpt and latency; the plugin log is masked', async () => {
    receiver.reply({ status: 202, body: 'accepted' });
    const outcome = await deliverMessage(testChannel, input(config()));
    expect(outcome).toMatchObject({ ok: true, statusCode: 202, responseExcerpt: 'accepted' });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
    expect(receiver.requests.at(-1)!.body).toBe('{"text":"Deploy failed"}');
    expect(logged.join('\n')).not.toMatch(/supersecret|secret-path-token/);
    expect(logged.join('\n')).toContain('***');
  });

  it('passes the taxonomy through, with secrets masked out of messages', async () => {
    receiver.reply({ status: 410, body: 'gone' });
    const gone = await deliverMessage(testChannel, input(config())).then(() => new Error('expected a rejection'), (e: unknown) => e as Error);
    expect(gone).toBeInstanceOf(GoneError);
    expect(gone.message).not.toContain('secret-path-token');
    receiver.reply({ status: 503, body: 'later' });
    await expect(deliverMessage(testChannel, input(config()))).rejects.toBeInstanceOf(RetryableError);
  });

  it("runs the host's beforeSend after formatting and before the request; the latency is the request's alone", async () => {
    receiver.reply({ status: 200, body: 'ok' });
    const seenBefore: number[] = [];
    const outcome = await deliverMessage(testChannel, {
      ...input(config()),
      beforeSend: async () => {
        seenBefore.push(receiver.requests.length);
        await new Promise((resolve) => setTimeout(resolve, 300));
      },
    });
    expect(seenBefore).toHaveLength(1);
    expect(receiver.requests).toHaveLength(seenBefore[0]! + 1);
    expect(outcome.latencyMs).toBeLessThan(300);
  });

  it("passes a failure of the host's beforeSend through as it is, sending nothing", async () => {
    const sentBefore = receiver.requests.length;
    const hostError = new Error('pacing store unreachable');
    await expect(deliverMessage(testChannel, { ...input(config()), beforeSend: () => Promise.reject(hostError) })).rejects.toBe(hostError);
    expect(receiver.requests).toHaveLength(sentBefore);
  });

  it('wraps plugin bugs as RetryableError without secret values', async () => {
    const error = await deliverMessage(testChannel, input({ ...config(), crash: true })).then(() => new Error('expected a rejection'), (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toMatch(/^test-channel plugin failed unexpectedly: TypeError: cannot read properties/);
    expect(error.message).not.toContain('supersecret-token');
  });

  it('rejects an invalid stored config as PermanentError, naming the field', async () => {
    const error = await deliverMessage(testChannel, input({ url: 'nope', auth: { token: 'supersecret-token' } })).then(() => new Error('expected a rejection'), (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toContain('config.url');
  });
});

describe('deliverMessage with a receiver that echoes its request', () => {
  const echo = (status: number) => (request: { method: string; path: string; headers: unknown; body: string }) => ({
    status,
    body: JSON.stringify({ method: request.method, path: request.path, headers: request.headers, body: request.body }),
  });
  const leaks = (text: string | undefined) => ['secret-path-token', 'supersecret-token'].filter((s) => (text ?? '').includes(s));

  it('masks the excerpt of a successful delivery', async () => {
    receiver.reply(echo(200));
    const outcome = await deliverMessage(testChannel, input(config()));
    expect(outcome.responseExcerpt).toContain('***');
    expect(leaks(outcome.responseExcerpt)).toEqual([]);
  });

  it('masks the excerpt and message of a failed delivery', async () => {
    for (const status of [400, 500]) {
      receiver.reply(echo(status));
      const error = (await deliverMessage(testChannel, input(config())).then(() => new Error('expected a rejection'), (e: unknown) => e as Error)) as Error & {
        options?: { responseExcerpt?: string };
      };
      expect(error).toBeInstanceOf(status === 400 ? PermanentError : RetryableError);
      expect(leaks(error.message)).toEqual([]);
      expect(leaks(error.stack)).toEqual([]);
      expect(error.options?.responseExcerpt).toContain('***');
      expect(leaks(error.options?.responseExcerpt)).toEqual([]);
    }
  });
});
