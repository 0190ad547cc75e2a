// Worker process for the floor phase: the real worker factory (same tuning as temporal/dist/main.js,
// so a tuning change moves the floor too) with the empty workflow as its only workflow.
import { fileURLToPath } from 'node:url';
import webhookChannel from '@signalbox/channel-webhook';
import { createDataSource } from '@signalbox/db';
import { createHttpClient } from '@signalbox/plugin-sdk';
import { createPluginRegistry } from '@signalbox/plugin-sdk/host';
import { createSignalboxWorker } from '@signalbox/temporal';
import { bundleWorkflowCode, NativeConnection, Runtime, DefaultLogger } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('WARN') });
const env = process.env;
const { code } = await bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./empty.workflow.ts', import.meta.url)), logger: new DefaultLogger('WARN') });
const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS! });
const worker = await createSignalboxWorker({
  connection,
  taskQueue: env.BENCH_FLOOR_QUEUE!,
  // Never queried: the activities exist only because the factory registers them.
  dataSource: createDataSource({ url: env.DATABASE_URL! }),
  plugins: createPluginRegistry([webhookChannel]),
  secretKey: env.SIGNALBOX_SECRET_KEY!,
  http: createHttpClient(),
  overrides: { workflowBundle: { code } },
});
process.once('SIGTERM', () => worker.shutdown());
const running = worker.run();
const ready = setInterval(() => {
  if (worker.getState() !== 'RUNNING') return;
  clearInterval(ready);
  console.log('floor worker ready');
}, 20);
await running;
await connection.close();
