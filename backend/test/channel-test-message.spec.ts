import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

// The Test button must exercise the same rendering real events get, with an event flagged as a test: a receiver
// that builds on `details` (Nemo Router's format) and expects severity INFO and `details.test: true` on tests.
describe('channel Test: a flagged test event through the channel’s own rendering', () => {
  let t: TestApp;
  let server: Server;
  const bodies: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        bodies.push(raw);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t = await startTestApp({ ALLOW_PRIVATE_NETWORKS: true });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sends type signalbox.test, severity INFO and details.test: true through a custom body template', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nemo`;
    const bodyTemplate = '{"event": "{{type}}", "severity": "{{upper severity}}", "details": {{{json data.details}}}, "missing": {{{json data.nothing}}} }';
    const created = await t.request('POST', '/v1/channels', { name: 'Nemo receiver', pluginId: 'webhook', config: { url, body: 'custom', bodyTemplate, signing: { style: 'none' } } });
    expect(created.statusCode, created.body).toBe(201);

    const res = await t.request('POST', `/v1/channels/${(created.json() as { id: string }).id}/test`);
    expect(res.json(), res.body).toMatchObject({ ok: true, statusCode: 204 });
    expect(JSON.parse(bodies.at(-1)!)).toEqual({ event: 'signalbox.test', severity: 'INFO', details: { test: true }, missing: null });
  });
});
