import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ImageTree } from './image.assemble.js';

export interface Container {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * `docker run <image>` without Docker: the image's CMD, cwd its WORKDIR, env its ENV plus the compose service's
 * environment — and nothing from this test process (no NODE_OPTIONS, no DATABASE_URL, no vitest settings).
 */
export function runImage(image: ImageTree, env: Record<string, string>, args: string[] = []): Container {
  const [command, ...rest] = [...image.cmd, ...args];
  if (command !== 'node') throw new Error(`The image-tree test runs Node images only, not ${command}`);
  const child = spawn(process.execPath, rest, {
    cwd: join(image.root, image.workdir),
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...image.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, output: () => output, exited, stop };
}

/** Resolves once `ok()` holds; rejects with the container's output if it exits or `timeoutMs` passes first. */
export async function waitFor(container: Container, what: string, ok: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void container.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`exited with ${exitCode} before ${what}:\n${container.output().slice(-3000)}`);
    if (await Promise.resolve().then(ok).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${what} within ${timeoutMs / 1000}s:\n${container.output().slice(-3000)}`);
}
