import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PermanentError, RetryableError } from '../errors.js';
import { startTestReceiver, type TestReceiver } from '../testing/http-receiver.js';
import { createHttpClient, type ClosableHttpClient } from './http.client.js';

let receiver: TestReceiver;
const clients: ClosableHttpClient[] = [];
const client = (options: Parameters<typeof createHttpClient>[0] = {}) => {
  const created = createHttpClient({ allowPrivateNetworks: true, ...options });
  clients.push(created);
  return created;
};

beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterEach(() => receiver.reply({ status: 200, body: 'ok' }));
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await receiver.close();
});

describe('createHttpClient', () => {
  it('sends method, headers and body; returns status, lower-cased headers and body', async () => {
    receiver.reply({ status: 201, headers: { 'X-Reply': 'yes' }, body: 'created' });
    const res = await client().request(`${receiver.url}/hook`, { method: 'POST', headers: { 'x-test': '1', 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(res).toMatchObject({ status: 201, body: 'created', truncated: false });
    expect(res.headers['x-reply']).toBe('yes');
    const last = receiver.requests.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', path: '/hook', body: '{"a":1}' });
    expect(last.headers['x-test']).toBe('1');
  });

  it('reuses keep-alive connections across requests', async () => {
    const http = client();
    const before = receiver.requests.length;
    for (let i = 0; i < 4; i++) {
      await http.request(receiver.url, {});
      // undici frees the socket just after the body completes; a tick lets the next request find it idle.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const ports = receiver.requests.slice(before).map((r) => r.remotePort);
    expect(new Set(ports).size).toBe(1);
  });

  it('caps the response body and marks it truncated', async () => {
    receiver.reply({ status: 200, body: 'x'.repeat(200_000) });
    const res = await client({ maxResponseBytes: 1000 }).request(receiver.url, {});
    expect(res.body).toHaveLength(1000);
    expect(res.truncated).toBe(true);
  });

  it('turns a receiver that never answers into RetryableError(timeout)', async () => {
    receiver.reply({ hang: true });
    const started = Date.now();
    const error = await client({ timeoutMs: 5000 }).request(receiver.url, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toMatch(/^timeout after 200 ms/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('turns a refused connection into RetryableError', async () => {
    const closed = await startTestReceiver();
    await closed.close();
    await expect(client().request(closed.url, {})).rejects.toBeInstanceOf(RetryableError);
  });

  it.each(['ftp://example.com/x', 'file:///etc/passwd', 'not a url'])('refuses %s as PermanentError', async (url) => {
    await expect(client().request(url, {})).rejects.toBeInstanceOf(PermanentError);
  });
});

describe('SSRF guard', () => {
  const guarded = () => client({ allowPrivateNetworks: false });

  it('blocks 127.0.0.1 unless private networks are allowed', async () => {
    const secure = receiver.url.replace('http:', 'https:');
    await expect(guarded().request(secure, {})).rejects.toThrow(PermanentError);
    await expect(guarded().request(secure, {})).rejects.toThrow(/127\.0\.0\.1 is not allowed \(loopback/);
    await expect(guarded().request(receiver.url, {})).rejects.toThrow(PermanentError);
    expect((await client().request(receiver.url, {})).status).toBe(200);
  });

  it('checks hostnames on the resolved address at connect time (localhost → loopback)', async () => {
    const port = new URL(receiver.url).port;
    const before = receiver.requests.length;
    await expect(guarded().request(`https://localhost:${port}/`, {})).rejects.toThrow(/is not allowed/);
    expect(receiver.requests.length).toBe(before);
  });

  it.each(['https://10.0.0.1/', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/', 'https://[::ffff:127.0.0.1]/', 'https://0.0.0.0/', 'https://224.0.0.1/', 'https://192.168.1.100/', 'https://[::a9fe:a9fe]/', 'https://[::127.0.0.1]/'])(
    'refuses %s without connecting',
    async (url) => {
      await expect(guarded().request(url, { timeoutMs: 1000 })).rejects.toThrow(/is not allowed/);
    },
  );
});
