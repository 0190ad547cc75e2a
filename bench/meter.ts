import { cpuMs, machineBusyMs, memoryMb, postgresBackends } from './procs.js';

/** The processes whose CPU we attribute; worker pid changes when the ingest phase restarts it. */
export interface Pids {
  api: number;
  worker: () => number;
  temporal?: number;
  receiver: number;
  database: string;
}

export type CpuBreakdown = Record<'api' | 'worker' | 'temporal' | 'postgres' | 'receiver' | 'loadgen' | 'other', number>;

interface Snapshot {
  at: number;
  per: Map<string, number>;
  machine: number;
}

/** Per-process CPU time over a phase, from /proc/<pid>/stat (plus "other": the rest of the machine). */
export class CpuMeter {
  constructor(private readonly pids: Pids) {}

  private keys(): Array<[string, number]> {
    const keys: Array<[string, number]> = [
      ['api', this.pids.api],
      ['worker', this.pids.worker()],
      ['receiver', this.pids.receiver],
      ['loadgen', process.pid],
    ];
    if (this.pids.temporal) keys.push(['temporal', this.pids.temporal]);
    for (const pid of postgresBackends(this.pids.database)) keys.push([`pg:${pid}`, pid]);
    return keys;
  }

  snapshot(): Snapshot {
    const per = new Map<string, number>();
    for (const [key, pid] of this.keys()) per.set(`${key}#${pid}`, cpuMs(pid));
    return { at: Date.now(), per, machine: machineBusyMs() };
  }

  /** CPU ms each process used between two snapshots; a process absent from either counts what it has. */
  static diff(a: Snapshot, b: Snapshot): CpuBreakdown & { wallMs: number } {
    const out: CpuBreakdown = { api: 0, worker: 0, temporal: 0, postgres: 0, receiver: 0, loadgen: 0, other: 0 };
    for (const [key, end] of b.per) {
      const name = key.split('#')[0]!;
      const used = end - (a.per.get(key) ?? 0);
      const bucket = (name.startsWith('pg:') ? 'postgres' : name) as keyof CpuBreakdown;
      out[bucket] += Math.max(0, used);
    }
    const ours = Object.values(out).reduce((s, v) => s + v, 0);
    out.other = Math.max(0, b.machine - a.machine - ours);
    return { ...out, wallMs: b.at - a.at };
  }
}

/** Peak RSS (VmHWM) of API and worker processes, sampled so a worker restarted mid-run still counts. */
export class MemorySampler {
  peak = { api: 0, worker: 0 };
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: Pids) {}

  start(): this {
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
    return this;
  }

  sample(): void {
    this.peak.api = Math.max(this.peak.api, memoryMb(this.pids.api).peak);
    this.peak.worker = Math.max(this.peak.worker, memoryMb(this.pids.worker()).peak);
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }
}
