import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Managed {
  name: string;
  child: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
  stop(): Promise<void>;
  /** Warning lines seen after start-up (counted, not printed). */
  warnings: { count: number };
}

/** Spawns a process and resolves once a line matching `ready` appears on stdout or stderr. */
/** `echoErrors: false` keeps error lines out of the output too (the fault suite provokes thousands on purpose). */
export async function spawnReady(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 90_000, echoErrors = true): Promise<Managed> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tail: string[] = [];
  const warnings = { count: 0 };
  await new Promise<void>((resolve, reject) => {
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      if (ready.test(line)) resolve();
      // Errors are shown; warnings (e.g. "workflow task took > 5 s" on a starved machine) only counted.
      else if (/\bWARN\b|warn/.test(line)) warnings.count++;
      else if (echoErrors && /\bERROR\b|Error|error/.test(line)) process.stderr.write(`[${name}] ${line}\n`);
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    void exited.then((code) => reject(new Error(`${name} exited (${code}) before ready:\n${tail.join('\n')}`)));
    setTimeout(() => reject(new Error(`${name} not ready within ${timeoutMs / 1000}s:\n${tail.join('\n')}`)), timeoutMs).unref();
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { name, child, pid: child.pid!, exited, stop, warnings };
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User + system CPU time of one process in ms (0 once it is gone). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14, 15)
  } catch {
    return 0;
  }
}

/** Peak resident set (VmHWM) and current RSS of a process in MB. */
export function memoryMb(pid: number): { peak: number; rss: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { peak: Math.round(kb('VmHWM') / 1024), rss: Math.round(kb('VmRSS') / 1024) };
  } catch {
    return { peak: 0, rss: 0 };
  }
}

/** Busy CPU time of the whole machine in ms, from /proc/stat (all cores together). */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) * TICK_MS;
}

/** Postgres backend pids serving one database (read from /proc, so no query is added to the load). */
export function postgresBackends(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      if (!title.startsWith('postgres: ')) continue;
      // Backends retitle themselves "postgres: [<cluster>:] <user> <database> <client> <state>".
      const words = title.split(/\s+/).slice(1).filter((w, i) => !(i === 0 && w.endsWith(':')));
      if (words[1] === database) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}
