// (b) The floor: start-to-completion throughput of an empty workflow on the same Temporal server,
// started from this process the way the API starts routeEvent (one gRPC start per event).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { closedLoop } from '../load.js';
import { type Managed, spawnReady } from '../procs.js';
import { now } from '../api.client.js';
import { perSecond } from '../stats.js';

const floorWorkerEntry = fileURLToPath(new URL('../floor/floor.worker.ts', import.meta.url));

export const startFloorWorker = (env: NodeJS.ProcessEnv, queue: string): Promise<Managed> =>
  spawnReady('floor-worker', process.execPath, ['--import', 'tsx', floorWorkerEntry], { ...env, BENCH_FLOOR_QUEUE: queue }, /floor worker ready/);

async function waitCompleted(client: Client, query: string, n: number, stallMs = 60_000): Promise<number> {
  let last = -1;
  let changed = Date.now();
  for (;;) {
    const { count } = await client.workflow.count(query);
    if (count >= n) return now();
    if (count !== last) [last, changed] = [count, Date.now()];
    if (Date.now() - changed > stallMs) throw new Error(`floor stalled at ${count}/${n} completed workflows`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function floorPhase(temporalAddress: string, queue: string, count: number, concurrency: number) {
  const connection = await Connection.connect({ address: temporalAddress });
  const client = new Client({ connection });
  const runId = randomUUID().slice(0, 8);
  const startAll = (prefix: string, n: number) =>
    closedLoop(n, concurrency, async (i) => {
      await client.workflow.start('benchEmpty', { taskQueue: queue, workflowId: `floor-${runId}-${prefix}-${i}`, args: [] });
    });
  // Cumulative count (this server only ever runs the bench's empty workflows on this type).
  const completed = `WorkflowType = "benchEmpty" AND ExecutionStatus = "Completed"`;

  // The count is cumulative over the server's life (the floor runs twice), so wait for base + n.
  const base = (await client.workflow.count(completed)).count;
  const warm = Math.min(200, count);
  await startAll('warm', warm);
  await waitCompleted(client, completed, base + warm);

  const start = now();
  await startAll('run', count);
  const startedMs = now() - start;
  const done = await waitCompleted(client, completed, base + warm + count);
  await connection.close();
  const elapsedMs = done - start;
  return { workflows: count, concurrency, elapsedMs: Math.round(elapsedMs), startsPerSecond: perSecond(count, startedMs), perSecond: perSecond(count, elapsedMs) };
}
