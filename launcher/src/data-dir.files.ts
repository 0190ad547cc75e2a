import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { LaunchError } from './launch.error.js';

const isRoot = () => process.getuid?.() === 0;

/**
 * Creates DATA_DIR and returns its absolute path. As root, embedded Postgres runs as the
 * `postgres` user, which must be able to walk down to DATA_DIR/postgres: we open DATA_DIR itself
 * for traversal (not listing) and refuse, with one clear line, when a parent such as /root is closed.
 */
export async function prepareDataDir(dataDir: string, forPostgres: boolean): Promise<string> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, dataDirMode(forPostgres));
  if (!forPostgres || !isRoot()) return dir;
  for (let parent = dirname(dir); parent !== dirname(parent); parent = dirname(parent)) {
    if (((await stat(parent)).mode & 0o001) === 0) {
      throw new LaunchError(
        `DATA_DIR ${dir} is not reachable by the postgres user (${parent} is not world-searchable); ` +
          'set DATA_DIR to a path outside it, or set DATABASE_URL',
      );
    }
  }
  return dir;
}

/** 0700; as root with embedded Postgres 0711: the postgres user may pass through to its own directory, not list. */
const dataDirMode = (forPostgres: boolean) => (forPostgres && isRoot() ? 0o711 : 0o700);

/**
 * Every file under DATA_DIR 0600 and every directory 0700 (DATA_DIR itself: see dataDirMode): the data dir
 * holds keys, the database and workflow history (event payloads), readable by nobody else on the machine.
 * Run once everything is up, so files created by Postgres or Temporal, or copied in by a user, are covered.
 */
export async function tightenDataDir(dir: string, forPostgres: boolean): Promise<void> {
  await chmod(dir, dataDirMode(forPostgres));
  const walk = async (path: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      const info = await lstat(child).catch(() => undefined); // a file removed meanwhile (a WAL checkpoint)
      if (!info || info.isSymbolicLink()) continue;
      if (info.isDirectory()) {
        if (info.mode & 0o077) await chmod(child, 0o700);
        await walk(child);
      } else if (info.mode & 0o077) {
        await chmod(child, 0o600).catch(() => undefined);
      }
    }
  };
  await walk(dir);
}

/** Reads a secret kept in DATA_DIR, generating it on first start; the file is only readable by its owner. */
export async function readOrCreateSecret(dir: string, name: string, generate: () => string): Promise<string> {
  const file = join(dir, name);
  try {
    await writeFile(file, `${generate()}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await chmod(file, 0o600); // tighten a file a user copied in with a looser mode
  }
  const value = (await readFile(file, 'utf8')).trim();
  if (!value) throw new LaunchError(`${file} is empty; delete it to have a new one generated`);
  return value;
}

export const generateApiKey = () => `sbx_${randomBytes(24).toString('base64url')}`;
export const generateSecretKey = () => randomBytes(32).toString('base64');
export const generatePassword = () => randomBytes(18).toString('base64url');
