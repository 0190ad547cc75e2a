import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

/** The child must not believe it runs inside this vitest worker. */
function childEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !['NODE_OPTIONS', 'TEST', 'FORCE_COLOR'].includes(key)));
  return { ...env, NO_COLOR: '1' };
}

export function run(command: string, args: string[], cwd: string, timeout = 120_000): string {
  try {
    return execFileSync(command, args, { cwd, env: childEnv(), encoding: 'utf8', timeout, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

/**
 * `npm run create-plugin -- <id> --dir <dir>` as an author would run it (through the root script), then a build
 * with tsc. Dependencies come from this repo's node_modules, linked in, standing in for `npm install`.
 */
export function scaffoldAndBuild(id: string, dir: string): string {
  run('npm', ['run', '--silent', 'create-plugin', '--', id, '--dir', dir], repoRoot);
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  run(bin('tsc'), ['-p', 'tsconfig.build.json'], dir);
  return dir;
}

export function runVitest(dir: string): string {
  return run(bin('vitest'), ['run', '--reporter=verbose'], dir, 170_000);
}

export function typecheck(dir: string): string {
  return run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], dir);
}
