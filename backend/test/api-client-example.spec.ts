import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAndList } from '../../libs/api-client/examples/send-and-list.js';
import { startTestApp, type TestApp } from './test-app.js';

// docs/api-client.md's Node example, over real HTTP against the API on a port, with a real tenant key.
describe('@signalbox/api-client Node example', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  it('posts an event with an idempotency key and lists it back', async () => {
    const { sent, listed } = await sendAndList(baseUrl, t.apiKey);
    expect(sent.status).toBe('unmatched'); // a fresh tenant has no routes
    expect(listed.map((event) => event.id)).toContain(sent.id);
    expect(listed.find((event) => event.id === sent.id)).toMatchObject({ type: 'disk.full', source: 'db-1', severity: 'high' });
  });

  it('throws with the API error message when the key is refused (401)', async () => {
    await expect(sendAndList(baseUrl, 'sb_not-a-real-key')).rejects.toThrow(/Signalbox refused the event/);
  });
});
