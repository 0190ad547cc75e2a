import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LaunchError } from './launch.error.js';

/** Next to this file in the monorepo: launcher/dist → temporal/dist/main.js (independent of the cwd). */
export const workerEntry = resolve(dirname(fileURLToPath(import.meta.url)), '../../temporal/dist/main.js');

export interface RunningWorker {
  /** Resolves with the exit code when the worker ends, for whatever reason. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const READY_LINE = 'worker ready';

/** Starts `node temporal/dist/main.js` and resolves once it prints "worker ready" (it is polling). */
export async function startWorker(env: Record<string, string>, readyTimeoutMs = 60_000): Promise<RunningWorker> {
  if (!existsSync(workerEntry)) throw new LaunchError(`Worker not built: ${workerEntry} is missing; run npm run build`);
  const child = spawn(process.execPath, [workerEntry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolvePromise) => child.once('exit', (code) => resolvePromise(code)));
  const tail: string[] = [];
  const ready = new Promise<void>((resolvePromise, reject) => {
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 10) tail.shift();
      if (line.includes(READY_LINE)) resolvePromise();
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      process.stdout.write(`[worker] ${line}\n`);
      onLine(line);
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      process.stderr.write(`[worker] ${line}\n`);
      onLine(line);
    });
    void exited.then((code) => reject(new LaunchError(`Worker exited with code ${code} before it was ready: ${tail.slice(-3).join(' | ')}`)));
    setTimeout(() => reject(new LaunchError(`Worker did not print "${READY_LINE}" within ${readyTimeoutMs / 1000}s`)), readyTimeoutMs).unref();
  });
  const stop = () => stopChild(child, exited);
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { exited, stop };
}

/** SIGTERM, a grace period for in-flight activities, then SIGKILL. */
async function stopChild(child: ChildProcess, exited: Promise<unknown>, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
