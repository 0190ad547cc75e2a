import { randomBytes, randomUUID } from 'node:crypto';
import { createDataSource, SecretsCipher, Tenant } from '@signalbox/db';
import { createHttpClient } from '@signalbox/plugin-sdk';
import { createPluginRegistry } from '@signalbox/plugin-sdk/host';
import { ROUTE_EVENT_WORKFLOW, routeEventWorkflowId, type RouteGraph, type SignalboxEvent } from '@signalbox/route-model';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { createSignalboxWorker } from '../../src/worker.js';
import type { DeliveryRetry, RetrySchedule, RouteSummary } from '../../src/route-plan.types.js';
import { testChannel } from './test.channel.js';

/** Short retries so retry tests take seconds, not minutes. */
export const FAST_RETRY: Partial<DeliveryRetry> = { initialIntervalMs: 100, backoffCoefficient: 2, maximumIntervalMs: 1_000, maximumAttempts: 4, attemptTimeoutMs: 10_000 };
/** The same shape for the workflow-driven send loop: 4 attempts, 100 / 200 / 400 ms apart, no jitter. */
export const FAST_SCHEDULE: RetrySchedule = { delaysMs: [100, 200, 400], jitter: 0, maxRetryAfterMs: 60_000 };

export interface HarnessOptions {
  retrySchedule?: RetrySchedule;
  holdTimeoutMs?: number;
  /** A task queue shared with another harness (two workers on one queue). */
  taskQueue?: string;
}

/**
 * One per test file: its own tenant, task queue and in-process worker, against the run's real Temporal
 * dev server and Postgres (addresses from the global setup).
 */
export async function startHarness(name: string, deliveryRetry: Partial<DeliveryRetry> = FAST_RETRY, options: HarnessOptions = {}) {
  quietRuntime();
  const dataSource = createDataSource({ url: process.env.DATABASE_URL!, poolSize: 10, applicationName: `temporal-test-${name}` });
  await dataSource.initialize();
  const tenant = await dataSource.getRepository(Tenant).save({ name: `temporal ${name}` });
  const tenantId = tenant.id;
  const address = process.env.TEMPORAL_ADDRESS!;
  const nativeConnection = await NativeConnection.connect({ address });
  const clientConnection = await Connection.connect({ address });
  const client = new Client({ connection: clientConnection });
  const taskQueue = options.taskQueue ?? `test-${name}-${randomBytes(4).toString('hex')}`;
  const secretKey = randomBytes(32).toString('base64');
  const cipher = new SecretsCipher(secretKey);
  const plugins = createPluginRegistry([testChannel('test-json', 'none'), testChannel('test-html', 'html')]);
  // The SDK's real client; private networks allowed because the receivers listen on 127.0.0.1.
  const http = createHttpClient({ allowPrivateNetworks: true });
  const worker: Worker = await createSignalboxWorker({
    connection: nativeConnection, taskQueue, dataSource, plugins, secretKey, http, deliveryRetry,
    workflowBundlePath: process.env.TEST_WORKFLOW_BUNDLE, retrySchedule: options.retrySchedule ?? FAST_SCHEDULE, ...(options.holdTimeoutMs !== undefined ? { holdTimeoutMs: options.holdTimeoutMs } : {}),
    // Distinct per harness: two workers in one test process are told apart in workflow histories.
    overrides: { identity: `worker-${name}-${process.pid}` },
  });
  const running = worker.run();

  const q = <T>(sql: string, params: unknown[] = []) => dataSource.query(sql, params) as Promise<T[]>;

  return {
    tenantId, dataSource, client, taskQueue, worker, http,
    async createChannel(pluginId: string, config: Record<string, unknown>, secrets?: Record<string, unknown>, paused = false) {
      const [row] = await q<{ id: string }>(
        `INSERT INTO channels (tenant_id, name, plugin_id, config, secrets_ciphertext, paused) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [tenantId, `ch-${randomBytes(3).toString('hex')}`, pluginId, JSON.stringify(config), secrets ? cipher.encrypt(secrets) : null, paused],
      );
      return row!.id;
    },
    async createRoute(graph: RouteGraph) {
      const [route] = await q<{ id: string }>(
        `INSERT INTO routes (tenant_id, name, status, draft_graph) VALUES ($1, 'r', 'published', $2) RETURNING id`,
        [tenantId, JSON.stringify(graph)],
      );
      const [version] = await q<{ id: string }>(
        `INSERT INTO route_versions (tenant_id, route_id, version, graph, trigger_types) VALUES ($1, $2, 1, $3, '{*}') RETURNING id`,
        [tenantId, route!.id, JSON.stringify(graph)],
      );
      return { routeId: route!.id, versionId: version!.id };
    },
    event(partial: Partial<SignalboxEvent> = {}): SignalboxEvent {
      return { id: randomUUID(), type: 'deploy.failure', source: 'ci', severity: 'high', timestamp: new Date().toISOString(), data: {}, ...partial };
    },
    start(event: SignalboxEvent, routeVersionIds: string[], receivedAt = new Date().toISOString()) {
      return client.workflow.start(ROUTE_EVENT_WORKFLOW, {
        taskQueue, workflowId: routeEventWorkflowId(tenantId, event.id), args: [{ tenantId, event, receivedAt, routeVersionIds }],
      });
    },
    async run(event: SignalboxEvent, routeVersionIds: string[], receivedAt?: string): Promise<RouteSummary[]> {
      const handle = await this.start(event, routeVersionIds, receivedAt);
      return handle.result() as Promise<RouteSummary[]>;
    },
    async outcomes(eventId: string) {
      const rows = await q<{ node_id: string; outcome: string; reason: string | null }>(
        'SELECT node_id, outcome, reason FROM node_outcomes WHERE tenant_id = $1 AND event_id = $2', [tenantId, eventId]);
      return Object.fromEntries(rows.map((r) => [r.node_id, { outcome: r.outcome, reason: r.reason }]));
    },
    deliveries: (eventId: string) =>
      q<{ id: string; node_id: string; status: string; attempts: number; last_status_code: number | null; last_error: string | null; idempotency_key: string; delivered_at: Date | null }>(
        'SELECT * FROM deliveries WHERE tenant_id = $1 AND event_id = $2 ORDER BY node_id', [tenantId, eventId]),
    attempts: (deliveryId: string) =>
      q<{ attempt: number; outcome: string; status_code: number | null; error: string | null; latency_ms: number; response_excerpt: string | null }>(
        'SELECT * FROM delivery_attempts WHERE tenant_id = $1 AND delivery_id = $2 ORDER BY attempt', [tenantId, deliveryId]),
    async close() {
      worker.shutdown();
      await running;
      await http.close();
      await nativeConnection.close();
      await clientConnection.close();
      await dataSource.destroy();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** trigger → ...: a linear chain of nodes helper for the common shapes. */
export const chain = (...ids: string[]) => ids.slice(1).map((target, i) => ({ source: ids[i]!, target }));

/** The SDK logs every worker state change and activity failure at INFO; tests only want warnings. */
function quietRuntime() {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed in this process (another test file ran here first).
  }
}
