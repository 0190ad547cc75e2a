import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Channel } from '@signalbox/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-app.js';

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const HEADER_TOKEN = 'Bearer hdr-token-0123456789';
const SLACK_URL = 'https://hooks.slack.com/services/T000SECRET/B000SECRET/XXXXsecretTokenAbCd';

// Test before saving: the form's Test button sends the same test message with a config that is not stored,
// optionally as unsaved changes to a saved channel (whose stored secrets are reused); the list says where each
// channel points without a secret leaving the server.
describe('channel tests of unsaved configs, lastTest and masked destinations', () => {
  let t: TestApp;
  let server: Server;
  const received: Array<{ url: string; headers: IncomingHttpHeaders; body: string }> = [];
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ url: req.url ?? '', headers: req.headers, body });
        res.writeHead(req.url?.startsWith('/gone') ? 410 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = await startTestApp({ ALLOW_PRIVATE_NETWORKS: true });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const channelCount = () => t.dataSource.getRepository(Channel).countBy({ tenantId: t.tenantId });

  it('sends the test message with an unsaved config and stores nothing', async () => {
    const before = await channelCount();
    const res = await t.request('POST', '/v1/channels/test', {
      pluginId: 'webhook', name: 'Draft hook', config: { url: `${base}/draft`, headers: { Authorization: HEADER_TOKEN }, signing: { secret: SIGNING_SECRET } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, statusCode: 204 });
    const request = received.at(-1)!;
    expect(request.url).toBe('/draft');
    expect(request.headers.authorization).toBe(HEADER_TOKEN);
    expect(request.headers['webhook-signature']).toMatch(/^v1,/);
    expect(JSON.parse(request.body)).toMatchObject({ type: 'signalbox.test' });
    expect(await channelCount()).toBe(before);
  });

  it('answers 400 naming the field for an invalid unsaved config, and for a missing plugin', async () => {
    const bad = await t.request('POST', '/v1/channels/test', { pluginId: 'webhook', config: { url: `${base}/x`, signing: { secret: 'not-whsec' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([expect.objectContaining({ path: 'config.signing.secret' })]);
    const noPlugin = await t.request('POST', '/v1/channels/test', { config: {} });
    expect(noPlugin.statusCode).toBe(400);
    expect(noPlugin.body).toContain('pluginId');
  });

  it('applies unsaved changes to a saved channel, reusing its stored secrets, and records the outcome as its lastTest', async () => {
    const created = await t.request('POST', '/v1/channels', {
      name: 'Saved hook', pluginId: 'webhook', config: { url: `${base}/saved`, headers: { Authorization: HEADER_TOKEN }, signing: { secret: SIGNING_SECRET } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, lastTest } = created.json() as { id: string; lastTest: unknown };
    expect(lastTest).toBeNull();

    // Only the URL changes (to one that answers 410); the header and signing secret come from storage.
    const res = await t.request('POST', '/v1/channels/test', { channelId: id, config: { url: `${base}/gone`, headers: { Authorization: '********' } } });
    expect(res.json(), res.body).toMatchObject({ ok: false, statusCode: 410 });
    expect(received.at(-1)!.headers.authorization).toBe(HEADER_TOKEN);
    expect(received.at(-1)!.headers['webhook-signature']).toMatch(/^v1,/);

    const after = (await t.request('GET', `/v1/channels/${id}`)).json() as { lastTest: { ok: boolean; statusCode: number; at: string }; destination: string };
    expect(after.lastTest).toMatchObject({ ok: false, statusCode: 410 });
    expect(after.destination).toBe(`POST ${new URL(base).host}/…`); // the stored URL: a test changes nothing else

    // The saved channel's own Test also updates it.
    expect((await t.request('POST', `/v1/channels/${id}/test`)).json()).toMatchObject({ ok: true });
    expect(((await t.request('GET', `/v1/channels/${id}`)).json() as { lastTest: { ok: boolean } }).lastTest.ok).toBe(true);
  });

  it('lists each channel with a masked destination and no secret', async () => {
    await t.request('POST', '/v1/channels', { name: 'Masked slack', pluginId: 'slack', config: { webhookUrl: SLACK_URL } });
    await t.request('POST', '/v1/channels', { name: 'Masked pager', pluginId: 'pagerduty', config: { routingKey: 'R0123456789abcdefghijklmnopq1a2b' } });
    const list = await t.request('GET', '/v1/channels');
    const byName = Object.fromEntries((list.json() as { items: Array<{ name: string; destination: string | null }> }).items.map((c) => [c.name, c.destination]));
    expect(byName['Masked slack']).toBe('hooks.slack.com/…/AbCd');
    expect(byName['Masked pager']).toBe('routing key …1a2b');
    expect(list.body).not.toContain('secretToken');
    expect(list.body).not.toContain('R0123456789');
  });
});
