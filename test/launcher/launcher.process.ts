import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const launcherJs = `${repoRoot}launcher/dist/launch.js`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment of a developer who configured nothing (the test run's own services stripped). */
export function bareEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, LOG_LEVEL: 'warn', ...extra };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SIGNALBOX_API_KEY', 'SIGNALBOX_SECRET_KEY', 'NODE_OPTIONS']) delete env[name];
  return env;
}

/** A launcher's own world: a temporary DATA_DIR and free ports, and how to remove every trace of it. */
export interface LauncherSandbox {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** The API's origin, e.g. http://127.0.0.1:40123. */
  base: string;
  /** Processes of this sandbox still running (found by its data dir and ports): none after a clean stop. */
  leftovers: () => string[];
  /** Kills the leftovers, then deletes DATA_DIR. */
  cleanup: () => void;
}

export async function launcherSandbox(prefix: string): Promise<LauncherSandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const [port, pgPort, temporalPort, temporalUiPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const env = bareEnv({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    TEMPORAL_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(temporalUiPort),
  });
  const needles = [dataDir, `--port ${temporalPort}`, `-p ${pgPort}`];
  const leftovers = () => processesMentioning(needles);
  const cleanup = () => {
    for (const line of leftovers()) process.kill(Number(line.trim().split(' ')[0]), 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { dataDir, env, base: `http://127.0.0.1:${port}`, leftovers, cleanup };
}

export interface Launcher {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the built launcher in its own process group, like a terminal's foreground job. */
export function startLauncher(env: NodeJS.ProcessEnv): Launcher {
  const child = spawn(process.execPath, [launcherJs], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls `url` until it answers `status`; fails early if the launcher exits. */
export async function waitForStatus(url: string, launcher: Launcher, status = 200, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (launcher.child.exitCode !== null) throw new Error(`launcher exited (${launcher.child.exitCode}):\n${launcher.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      last = `${res.status} ${await res.text()}`;
      if (res.status === status) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never answered ${status} (last: ${last}):\n${launcher.output()}`);
}

/** `ps` lines of processes whose command line mentions any of `needles` (DATA_DIR, ports). */
export function processesMentioning(needles: string[]): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => needles.some((needle) => line.includes(needle)))
    .filter((line) => !line.includes(' ps -eo'));
}

/** Waits until the launcher prints `pattern` (its ready banner comes after the worker is polling). */
export async function waitForOutput(launcher: Launcher, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(launcher.output())) {
    if (launcher.child.exitCode !== null) throw new Error(`launcher exited (${launcher.child.exitCode}):\n${launcher.output()}`);
    if (Date.now() > deadline) throw new Error(`launcher never printed ${pattern}:\n${launcher.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
