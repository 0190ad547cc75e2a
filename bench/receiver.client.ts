import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Delivery } from './stats.js';

export interface ReceiverDump {
  deliveries: Array<Delivery & { receivedAt: number }>;
  verified: number;
  badSignatures: number;
}

/** Parent-side handle on bench/receiver.process.ts: one request/answer at a time over IPC. */
export class Receiver {
  private constructor(
    readonly child: ChildProcess,
    readonly origin: string,
  ) {}

  static async start(signingSecret: string, verifyEvery: number): Promise<Receiver> {
    const child = fork(fileURLToPath(new URL('./receiver.process.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_SIGNING_SECRET: signingSecret, BENCH_VERIFY_EVERY: String(verifyEvery) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await once<{ port: number }>(child, 'ready');
    return new Receiver(child, `http://127.0.0.1:${ready.port}`);
  }

  get pid(): number {
    return this.child.pid!;
  }

  url(path: string): string {
    return `${this.origin}/${path}`;
  }

  async reset(): Promise<void> {
    this.child.send({ cmd: 'reset' });
    await once(this.child, 'reset');
  }

  async count(): Promise<{ count: number; badSignatures: number }> {
    this.child.send({ cmd: 'count' });
    return once(this.child, 'count');
  }

  /** Resolves when at least `n` deliveries arrived; rejects when nothing new arrived for `stallMs`. */
  async waitFor(n: number, stallMs = 60_000): Promise<void> {
    let last = -1;
    let lastChange = Date.now();
    for (;;) {
      const { count } = await this.count();
      if (count >= n) return;
      if (count !== last) [last, lastChange] = [count, Date.now()];
      if (Date.now() - lastChange > stallMs) throw new Error(`receiver stalled at ${count}/${n} deliveries for ${stallMs / 1000}s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async dump(): Promise<ReceiverDump> {
    this.child.send({ cmd: 'dump' });
    const d = await once<{ eventIds: string[]; paths: string[]; webhookIds: string[]; receivedAt: number[]; verified: number; badSignatures: number }>(this.child, 'dump');
    const deliveries = d.eventIds.map((eventId, i) => ({ eventId, path: d.paths[i]!, webhookId: d.webhookIds[i]!, receivedAt: d.receivedAt[i]! }));
    return { deliveries, verified: d.verified, badSignatures: d.badSignatures };
  }

  stop(): void {
    this.child.kill('SIGTERM');
  }
}

function once<T>(child: ChildProcess, cmd: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { cmd: string }) => {
      if (msg.cmd !== cmd) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(msg as T);
    };
    const onExit = (code: number | null) => reject(new Error(`receiver exited (${code}) while waiting for ${cmd}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
