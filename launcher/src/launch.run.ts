import { join } from 'node:path';
import { type AppConfig, type RuntimeConfig, createApp, prepareDatabase } from '@signalbox/backend/launcher';
import type { CleanupStack } from './cleanup.stack.js';
import { generateApiKey, generateSecretKey, prepareDataDir, readOrCreateSecret, tightenDataDir } from './data-dir.files.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { assertPortsFree } from './port.check.js';
import { startUnderPrivateUmask, tightenSqliteFiles } from './private-umask.js';
import { withoutNewSignalListeners } from './signal-listeners.isolate.js';
import { type RunningDevServer, startTemporalDevServer } from './temporal-dev-server.js';
import { type SupervisedWorker, superviseWorker } from './worker.supervise.js';

export interface Launched {
  config: RuntimeConfig;
  dataDir: string;
  apiKey: string;
  apiKeySource: string;
  temporalUiUrl?: string;
  worker: SupervisedWorker;
}

/** Brings up whatever the environment does not provide, then the API and the worker; each start is pushed on `stack`. */
export async function launch(given: AppConfig, stack: CleanupStack, log: (line: string) => void): Promise<Launched> {
  // A development machine's receivers are local: `npm start` allows private networks unless told otherwise
  // (the banner says so). Everywhere else the default is false.
  const config: AppConfig = { ...given, ALLOW_PRIVATE_NETWORKS: process.env.ALLOW_PRIVATE_NETWORKS?.trim() ? given.ALLOW_PRIVATE_NETWORKS : true };
  const embeddedPostgres = !config.DATABASE_URL;
  const embeddedTemporal = !config.TEMPORAL_ADDRESS;
  await assertPortsFree({ PORT: config.PORT }, config.HOST);
  await assertPortsFree({
    PORT: config.PORT,
    ...(embeddedPostgres && { EMBEDDED_POSTGRES_PORT: config.EMBEDDED_POSTGRES_PORT }),
    ...(embeddedTemporal && { TEMPORAL_PORT: config.TEMPORAL_PORT, TEMPORAL_UI_PORT: config.TEMPORAL_UI_PORT }),
  });

  const dataDir = await prepareDataDir(config.DATA_DIR, embeddedPostgres);
  const apiKey = config.SIGNALBOX_API_KEY ?? (await readOrCreateSecret(dataDir, 'api-key', generateApiKey));
  const secretKey = config.SIGNALBOX_SECRET_KEY ?? (await readOrCreateSecret(dataDir, 'secret-key', generateSecretKey));

  const temporalDb = join(dataDir, 'temporal.sqlite');
  // Temporal first, under umask 077 until its SQLite file exists (see startUnderPrivateUmask), then Postgres
  // alongside it: the two are independent, register whichever came up.
  let temporalStart: Promise<RunningDevServer> | undefined;
  if (embeddedTemporal) {
    await tightenSqliteFiles(temporalDb);
    log('starting Temporal dev server');
    const starting = startUnderPrivateUmask(
      () =>
        withoutNewSignalListeners(() =>
          startTemporalDevServer({ dbFilename: temporalDb, port: config.TEMPORAL_PORT, uiPort: config.TEMPORAL_UI_PORT, namespace: config.TEMPORAL_NAMESPACE }),
        ),
      temporalDb,
    );
    temporalStart = starting.started;
    await starting.spawned;
  }
  const [postgres, temporal] = await Promise.allSettled([
    embeddedPostgres ? (log('starting embedded Postgres'), startEmbeddedPostgres(dataDir, config.EMBEDDED_POSTGRES_PORT)) : undefined,
    temporalStart,
  ]);
  if (postgres.status === 'fulfilled' && postgres.value) await stack.push('Postgres', postgres.value.stop);
  if (temporal.status === 'fulfilled' && temporal.value) await stack.push('Temporal dev server', temporal.value.stop);
  if (postgres.status === 'rejected') throw postgres.reason;
  if (temporal.status === 'rejected') throw temporal.reason;

  const runtime: RuntimeConfig = {
    ...config,
    DATABASE_URL: config.DATABASE_URL ?? postgres.value!.url,
    TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS ?? temporal.value!.address,
    SIGNALBOX_SECRET_KEY: secretKey,
    // The event page links workflows in the embedded dev server's UI.
    ...((config.TEMPORAL_UI_URL ?? temporal.value?.uiUrl) && { TEMPORAL_UI_URL: config.TEMPORAL_UI_URL ?? temporal.value?.uiUrl }),
  };

  log('running database migrations');
  await prepareDatabase(runtime.DATABASE_URL, apiKey);

  log('starting the API');
  const app = await withoutNewSignalListeners(() => createApp(runtime));
  await stack.push('API', () => app.close());
  await app.listen({ port: runtime.PORT, host: runtime.HOST });

  log('starting the worker');
  // Supervised: a worker that dies is started again (with backoff), the rest of the stack keeps running.
  const worker = await superviseWorker({
    DATABASE_URL: runtime.DATABASE_URL,
    TEMPORAL_ADDRESS: runtime.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: runtime.TEMPORAL_NAMESPACE,
    TEMPORAL_TASK_QUEUE: runtime.TEMPORAL_TASK_QUEUE,
    SIGNALBOX_SECRET_KEY: secretKey,
    LOG_LEVEL: runtime.LOG_LEVEL,
    ALLOW_PRIVATE_NETWORKS: String(runtime.ALLOW_PRIVATE_NETWORKS),
    ...(runtime.PLUGINS_DIR && { PLUGINS_DIR: runtime.PLUGINS_DIR }),
  }, log);
  await stack.push('worker', worker.stop);
  await tightenDataDir(dataDir, embeddedPostgres);

  return {
    config: runtime,
    dataDir,
    apiKey,
    apiKeySource: config.SIGNALBOX_API_KEY ? 'from SIGNALBOX_API_KEY' : `kept in ${join(dataDir, 'api-key')}`,
    temporalUiUrl: temporal.value?.uiUrl,
    worker,
  };
}
