import { randomBytes } from 'node:crypto';
import webhookChannel from '@signalbox/channel-webhook';
import { createHttpClient } from '@signalbox/plugin-sdk';
import { createPluginRegistry, type PluginRegistry } from '@signalbox/plugin-sdk/host';
import { createSignalboxWorker } from '@signalbox/temporal';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { expect } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/support/webhook-receiver.js';
import { PLUGIN_REGISTRY } from '../../src/plugin-registry/plugin-registry.tokens.js';
import { startTestApp, type TestApp } from '../test-app.js';

/**
 * The whole slice in one process: the real API (its own tenant), an in-process worker on the same
 * task queue, the run's real Temporal dev server and Postgres, and a receiver that verifies signatures
 * with the `standardwebhooks` package. The worker has the webhook plugin only, unless `allPlugins` gives
 * it the API's own installed set.
 */
export async function startSlice(options: { allPlugins?: boolean; extraPlugins?: Parameters<typeof createPluginRegistry>[0] extends Iterable<infer P> ? P[] : never } = {}) {
  quietTemporalLogs();
  const taskQueue = `e2e-${randomBytes(4).toString('hex')}`;
  const secretKey = randomBytes(32).toString('base64');
  const signingSecret = `whsec_${randomBytes(32).toString('base64')}`;
  const api: TestApp = await startTestApp({ TEMPORAL_TASK_QUEUE: taskQueue, SIGNALBOX_SECRET_KEY: secretKey });
  const receiver: WebhookReceiver = await startWebhookReceiver(signingSecret);
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const plugins = options.allPlugins ? api.app.get<PluginRegistry>(PLUGIN_REGISTRY) : createPluginRegistry([webhookChannel, ...(options.extraPlugins ?? [])]);
  const http = createHttpClient({ allowPrivateNetworks: true });

  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  const startWorker = async () => {
    worker = await createSignalboxWorker({ connection, taskQueue, dataSource: api.dataSource, plugins, secretKey, http, workflowBundlePath: process.env.TEST_WORKFLOW_BUNDLE });
    running = worker.run();
  };
  const stopWorker = async () => {
    worker?.shutdown();
    await running;
    worker = undefined;
  };

  const createChannel = async () => {
    const res = await api.request('POST', '/v1/channels', {
      name: 'Ops webhook',
      pluginId: 'webhook',
      config: { url: receiver.url, signing: { style: 'standard-webhooks', secret: signingSecret } },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };

  const publishRoute = async (name: string, graph: unknown) => {
    const created = await api.request('POST', '/v1/routes', { name, graph });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    const published = await api.request('POST', `/v1/routes/${id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    return published.json() as { id: string; publishedVersion: number };
  };

  const postEvent = async (event: object) => {
    const res = await api.request('POST', '/v1/events', event);
    expect(res.statusCode, res.body).toBe(202);
    return res.json() as { id: string; status: string };
  };

  /** Polls `GET /v1/events/:id` until `done` holds (workflows finish asynchronously). */
  const eventWhen = async (id: string, done: (detail: EventDetail) => boolean, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const detail = (await api.request('GET', `/v1/events/${encodeURIComponent(id)}`)).json() as EventDetail;
      if (done(detail)) return detail;
      if (Date.now() > deadline) throw new Error(`event ${id} never reached the expected state: ${JSON.stringify(detail)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  await startWorker();
  return {
    api, receiver, signingSecret, startWorker, stopWorker, createChannel, publishRoute, postEvent, eventWhen,
    async close() {
      await stopWorker();
      await connection.close();
      await receiver.close();
      await api.close();
    },
  };
}

export interface EventDetail {
  id: string;
  status: string;
  data: Record<string, unknown>;
  matchedRoutes: Array<{ routeId: string; version: number; outcomes: Array<{ nodeId: string; outcome: string; reason: string | null }> }>;
  deliveries: Array<{ id: string; status: string; nodeId: string; attempts: number }>;
}

export const outcomeOf = (detail: EventDetail, nodeId: string) =>
  detail.matchedRoutes.flatMap((r) => r.outcomes).find((o) => o.nodeId === nodeId);

function quietTemporalLogs() {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // The native runtime is per process and another test file installed it first.
  }
}
