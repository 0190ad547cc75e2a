import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/support/webhook-receiver.js';
import { parseScrape, rawSample, sampleValue } from '../prometheus-text.parse.js';
import { startTestApp, type TestApp } from '../test-app.js';

/** The built worker, run as its own process like in production. */
const workerEntry = fileURLToPath(new URL('../../../temporal/dist/main.js', import.meta.url));

// Issue 12, acceptance 2: both /metrics parse and move as events flow through the real API and the real
// worker process (built temporal/dist/main.js), and a delivery's log line carries its ids as JSON fields.
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('observability across the API and the worker process', () => {
  let api: TestApp;
  let receiver: WebhookReceiver;
  let worker: ChildProcess;
  let metricsPort: number;
  const logLines: Array<Record<string, unknown>> = [];
  const secretKey = randomBytes(32).toString('base64');
  const signingSecret = `whsec_${randomBytes(32).toString('base64')}`;
  const taskQueue = `obs-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    api = await startTestApp({ TEMPORAL_TASK_QUEUE: taskQueue, SIGNALBOX_SECRET_KEY: secretKey });
    receiver = await startWebhookReceiver(signingSecret);
    metricsPort = await freePort();
    worker = spawn(process.execPath, [workerEntry], {
      env: {
        ...process.env, TEMPORAL_TASK_QUEUE: taskQueue, SIGNALBOX_SECRET_KEY: secretKey, LOG_LEVEL: 'info',
        // The receiver is on loopback, which the worker refuses by default.
        ALLOW_PRIVATE_NETWORKS: 'true',
        METRICS_PORT: String(metricsPort), TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      createInterface({ input: worker.stdout! }).on('line', (line) => {
        const parsed = JSON.parse(line) as Record<string, unknown>; // every line is JSON, or this throws
        logLines.push(parsed);
        if (parsed.msg === 'worker ready') resolve();
      });
    });

    const channel = await api.request('POST', '/v1/channels', {
      name: 'Ops webhook', pluginId: 'webhook', config: { url: receiver.url, signing: { style: 'standard-webhooks', secret: signingSecret } },
    });
    expect(channel.statusCode, channel.body).toBe(201);
    const channelId = (channel.json() as { id: string }).id;
    const graph = {
      nodes: [
        { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } },
        { id: 'text', type: 'template', config: { title: '{{type}}', body: '{{data.message}}' } },
        { id: 'notify', type: 'send', config: { channelId } },
      ],
      edges: [{ source: 'trigger', target: 'text' }, { source: 'text', target: 'notify' }],
    };
    const route = await api.request('POST', '/v1/routes', { name: 'Deploys', graph });
    expect(route.statusCode, route.body).toBe(201);
    expect((await api.request('POST', `/v1/routes/${(route.json() as { id: string }).id}/publish`)).statusCode).toBe(200);
  }, 120_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await receiver?.close();
    await api?.close();
  });

  let workerText = '';
  const scrapeWorker = async () => {
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    workerText = await res.text();
    return parseScrape(workerText);
  };
  const scrapeApi = async () => parseScrape((await api.app.inject({ method: 'GET', url: '/metrics' })).body);

  it('counts the event on the API and the delivery on the worker, and logs the delivery with its ids', async () => {
    const [apiBefore, workerBefore] = [await scrapeApi(), await scrapeWorker()];
    const latencySeries = 'signalbox_delivery_duration_seconds_count{channel_type="webhook",status="delivered"}';
    const latencyBefore = rawSample(workerText, latencySeries);
    const event = { id: randomUUID(), type: 'deploy.failure', source: 'ci', severity: 'critical', timestamp: new Date().toISOString(), data: { message: 'boom' } };
    expect((await api.request('POST', '/v1/events', event)).statusCode).toBe(202);
    await receiver.waitFor(1, 30_000);
    const deadline = Date.now() + 30_000;
    let detail: { deliveries: Array<{ id: string; status: string }> };
    do {
      detail = (await api.request('GET', `/v1/events/${event.id}`)).json() as typeof detail;
    } while (!detail.deliveries.some((d) => d.status === 'delivered') && Date.now() < deadline && (await new Promise((r) => setTimeout(r, 100)), true));
    const deliveryId = detail.deliveries[0]!.id;

    const [apiAfter, workerAfter] = [await scrapeApi(), await scrapeWorker()];
    const moved = (after: typeof apiAfter, before: typeof apiAfter, name: string, labels: Record<string, string>) =>
      sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(moved(apiAfter, apiBefore, 'signalbox_events_ingested_total', { type: 'deploy.failure', outcome: 'routed' })).toBe(1);
    expect(moved(workerAfter, workerBefore, 'signalbox_delivery_attempts_total', { channel_type: 'webhook', status: 'delivered' })).toBe(1);
    expect(rawSample(workerText, latencySeries) - latencyBefore).toBe(1);
    // The Temporal SDK's own worker metrics come through the same scrape.
    expect(workerAfter.some((f) => f.name.startsWith('temporal_'))).toBe(true);

    await expect.poll(() => logLines.find((l) => l.msg === 'delivery delivered' && l.eventId === event.id)).toMatchObject({
      tenantId: api.tenantId,
      eventId: event.id,
      deliveryId,
      workflowId: `evt:${api.tenantId}:${event.id}`,
      channelType: 'webhook',
      status: 'delivered',
    });
    expect(JSON.stringify(logLines)).not.toContain(signingSecret.slice(6));
  });

  it('has created the hourly retention schedule on start', async () => {
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    try {
      const schedule = await new Client({ connection }).schedule.getHandle(`signalbox-retention-${taskQueue}`).describe();
      expect(schedule.action).toMatchObject({ workflowType: 'purgeExpired', taskQueue, args: [{ retentionDays: 30, batchSize: 1000 }] });
    } finally {
      await connection.close();
    }
  });
});
