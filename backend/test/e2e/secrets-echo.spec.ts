import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import slackChannel from '@signalbox/channel-slack';
import telegramChannel from '@signalbox/channel-telegram';
import webhookChannel from '@signalbox/channel-webhook';
import { createHttpClient } from '@signalbox/plugin-sdk';
import { createPluginRegistry } from '@signalbox/plugin-sdk/host';
import { createSignalboxWorker } from '@signalbox/temporal';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-app.js';

// A destination that echoes the request it got (request line, headers, body) is the worst case for secrets:
// whatever the channel put in the URL path, query, headers or body comes back in the response excerpt.
const WEBHOOK_PATH_TOKEN = `WhPath${randomBytes(8).toString('hex')}`;
const WEBHOOK_QUERY_SIG = `QrySig${randomBytes(8).toString('hex')}`;
const HEADER_TOKEN = `hdrTok${randomBytes(8).toString('hex')}`;
const SIGNING_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const SLACK_TOKEN = `SlackTok${randomBytes(10).toString('hex')}`;
const BOT_SECRET = `AAH${randomBytes(16).toString('hex')}`;
const BOT_TOKEN = `123456789:${BOT_SECRET}`;
const SECRETS = [WEBHOOK_PATH_TOKEN, WEBHOOK_QUERY_SIG, HEADER_TOKEN, SIGNING_SECRET, SLACK_TOKEN, BOT_SECRET, 'T0SECRET01', 'B0SECRET02'];

type Echo = { status: number };

async function startEcho(state: Echo): Promise<{ url: string; server: Server; seen: () => number }> {
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      count++;
      const echo = { line: `${req.method} ${req.url} HTTP/1.1`, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      // Telegram answers JSON with ok/description; give every channel a body it reads as a reply.
      const payload = { ok: state.status < 300, description: JSON.stringify(echo), result: { message_id: 1 }, echo };
      res.writeHead(state.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen: () => count };
}

describe('secrets never stored or served in clear, with a destination that echoes its request', () => {
  let api: TestApp;
  let worker: Worker;
  let running: Promise<void>;
  let connection: NativeConnection;
  const state: Echo = { status: 200 };
  let echo: Awaited<ReturnType<typeof startEcho>>;
  const http = createHttpClient({ allowPrivateNetworks: true });

  beforeAll(async () => {
    const taskQueue = `secrets-${randomBytes(4).toString('hex')}`;
    const secretKey = randomBytes(32).toString('base64');
    api = await startTestApp({ TEMPORAL_TASK_QUEUE: taskQueue, SIGNALBOX_SECRET_KEY: secretKey, ALLOW_PRIVATE_NETWORKS: true });
    echo = await startEcho(state);
    connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const plugins = createPluginRegistry([webhookChannel, slackChannel, telegramChannel]);
    worker = await createSignalboxWorker({ connection, taskQueue, dataSource: api.dataSource, plugins, secretKey, http, workflowBundlePath: process.env.TEST_WORKFLOW_BUNDLE });
    running = worker.run();

    const channels = [
      { name: 'Echo webhook', pluginId: 'webhook', config: {
        url: `${echo.url}/hook/${WEBHOOK_PATH_TOKEN}?sig=${WEBHOOK_QUERY_SIG}`,
        headers: { Authorization: `Bearer ${HEADER_TOKEN}` },
        signing: { style: 'standard-webhooks', secret: SIGNING_SECRET },
      } },
      { name: 'Echo slack', pluginId: 'slack', config: { webhookUrl: `${echo.url}/services/T0SECRET01/B0SECRET02/${SLACK_TOKEN}` } },
      { name: 'Echo telegram', pluginId: 'telegram', config: { botToken: BOT_TOKEN, chatId: '-1001234567890', apiBaseUrl: echo.url } },
    ];
    const ids: string[] = [];
    for (const channel of channels) {
      const res = await api.request('POST', '/v1/channels', channel);
      expect(res.statusCode, res.body).toBe(201);
      ids.push((res.json() as { id: string }).id);
    }
    const graph = {
      nodes: [
        { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } },
        { id: 'text', type: 'template', config: { title: 'Deploy of {{data.service}} failed', body: 'details' } },
        ...ids.map((channelId, i) => ({ id: `send${i}`, type: 'send', config: { channelId } })),
      ],
      edges: [{ source: 'trigger', target: 'text' }, ...ids.map((_, i) => ({ source: 'text', target: `send${i}` }))],
    };
    const route = await api.request('POST', '/v1/routes', { name: 'Echo', graph });
    expect(route.statusCode, route.body).toBe(201);
    expect((await api.request('POST', `/v1/routes/${route.json().id}/publish`)).statusCode).toBe(200);
  }, 120_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await connection?.close();
    await http.close();
    echo?.server.close();
    await api?.close();
  });

  const deliver = async (status: number, settled: string) => {
    state.status = status;
    const id = randomUUID();
    const posted = await api.request('POST', '/v1/events', { id, type: 'deploy.failure', source: 'ci', severity: 'high', data: { service: 'api' } });
    expect(posted.statusCode, posted.body).toBe(202);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const items = (await api.request('GET', `/v1/deliveries?eventId=${id}`)).json().items as Array<{ id: string; status: string }>;
      if (items.length === 3 && items.every((d) => d.status === settled)) return items;
      if (Date.now() > deadline) throw new Error(`deliveries never became ${settled}: ${JSON.stringify(items)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const expectNoSecret = async (items: Array<{ id: string }>) => {
    const served: string[] = [];
    for (const { id } of items) served.push((await api.request('GET', `/v1/deliveries/${id}`)).body);
    const rows = await api.dataSource.query('SELECT a.* FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.id = ANY($1)', [items.map((d) => d.id)]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const stored = JSON.stringify(rows);
    // The echo really carried the request back (otherwise this test would prove nothing).
    expect(stored).toContain('HTTP/1.1');
    for (const secret of SECRETS) {
      expect(stored, `delivery_attempts contains ${secret}`).not.toContain(secret);
      for (const body of served) expect(body, `GET /v1/deliveries/:id serves ${secret}`).not.toContain(secret);
    }
  };

  it('masks the excerpt of successful deliveries', async () => {
    await expectNoSecret(await deliver(200, 'delivered'));
  }, 90_000);

  it('masks the excerpt and the error of failed deliveries', async () => {
    await expectNoSecret(await deliver(403, 'failed'));
  }, 90_000);
});
