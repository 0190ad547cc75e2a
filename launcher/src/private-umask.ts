import { existsSync } from 'node:fs';
import { chmod } from 'node:fs/promises';

/**
 * Starts a child-spawning service with umask 077, so the files its child creates are 0600 from the first byte
 * (Temporal's SQLite history: the CLI takes no mode option, and SQLite gives -wal/-shm the database file's mode).
 * The umask is process-wide, so it is restored as soon as `file` exists (the child is running and created it)
 * or the start settles; only then may other work (the embedded Postgres, whose password file the postgres
 * user must read) go on. `spawned` resolves at that point, `started` with the service.
 */
export function startUnderPrivateUmask<T>(start: () => Promise<T>, file: string, timeoutMs = 10_000): { spawned: Promise<void>; started: Promise<T> } {
  const previous = process.umask(0o077);
  let settled = false;
  const started = start().finally(() => {
    settled = true;
  });
  // The caller awaits `spawned` first; a start that fails meanwhile is reported through `started` later, not as an unhandled rejection.
  started.catch(() => undefined);
  const spawned = (async () => {
    const deadline = Date.now() + timeoutMs;
    while (!settled && !existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  })().finally(() => process.umask(previous));
  return { spawned, started };
}

/** A SQLite database and its companions, tightened before reuse (a data dir from an older version had 0644). */
export async function tightenSqliteFiles(file: string): Promise<void> {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    await chmod(path, 0o600).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
