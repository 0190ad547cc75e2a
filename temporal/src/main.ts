// The worker process: `node temporal/dist/main.js` (embedded launcher and docker-compose).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDataSource } from '@signalbox/db';
import { createHttpClient } from '@signalbox/plugin-sdk';
import { loadPluginRegistry, PluginDiscoveryError } from '@signalbox/plugin-sdk/host';
import { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createWorkerLogger } from './logging/worker.logger.js';
import { ChannelTypeCache } from './metrics/channel-type.cache.js';
import { startMetricsServer } from './metrics/metrics.server.js';
import { installRuntime } from './metrics/runtime.install.js';
import { ensureRetentionSchedule } from './retention/retention.schedule.js';
import { WorkerMetrics } from './metrics/worker.metrics.js';
import { createSignalboxWorker } from './worker.js';
import { loadWorkerConfig, WorkerConfigError } from './worker.config.js';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = createWorkerLogger(config.LOG_LEVEL);
  const metricsOn = config.METRICS_PORT !== 0;
  const sdkMetrics = installRuntime(logger, metricsOn ? config.TEMPORAL_METRICS_ADDRESS : undefined);
  // The same installed set as the API: node_modules from here up, plus PLUGINS_DIR drop-ins.
  const plugins = await loadPluginRegistry({ from: dirname(fileURLToPath(import.meta.url)), pluginsDir: config.PLUGINS_DIR });
  const dataSource = createDataSource({ url: config.DATABASE_URL, applicationName: 'signalbox-worker' });
  await dataSource.initialize();
  const http = createHttpClient({ allowPrivateNetworks: config.ALLOW_PRIVATE_NETWORKS });
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  await ensureRetentionSchedule({ client: new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), taskQueue: config.TEMPORAL_TASK_QUEUE, retentionDays: config.RETENTION_DAYS });
  const metrics = new WorkerMetrics({ processMetrics: true });
  const metricsServer = metricsOn
    ? await startMetricsServer({ port: config.METRICS_PORT, registry: metrics.registry, ...(sdkMetrics ? { sdkMetricsAddress: config.TEMPORAL_METRICS_ADDRESS } : {}), logger })
    : undefined;
  const worker = await createSignalboxWorker({
    connection, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE,
    dataSource, plugins, secretKey: config.SIGNALBOX_SECRET_KEY, http, holdTimeoutMs: config.SIGNALBOX_HOLD_TIMEOUT_SECONDS * 1000,
    observe: { metrics, channelTypes: new ChannelTypeCache(dataSource), logger },
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const running = worker.run();
  const ready = setInterval(() => {
    if (worker.getState() !== 'RUNNING') return;
    clearInterval(ready);
    // The launcher and supervisors wait for a line containing "worker ready": printed whatever LOG_LEVEL says.
    createWorkerLogger('info').info({ taskQueue: config.TEMPORAL_TASK_QUEUE, namespace: config.TEMPORAL_NAMESPACE }, 'worker ready');
  }, 20);
  try {
    await running;
  } finally {
    clearInterval(ready);
    metricsServer?.close();
    await http.close();
    await connection.close();
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof WorkerConfigError || err instanceof PluginDiscoveryError ? err.message : err);
    process.exit(1);
  },
);
