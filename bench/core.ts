// `npm run bench:core -- [events] [rounds]`: the floor (b) and end to end 1 route (c) only, interleaved
// floor, e2e, floor, e2e, ..., floor, with CPU ms per event per process and, for the worker, per thread
// (main, workflow thread, V8 helpers, Temporal core). A few minutes instead of the full bench's twelve:
// for A/B runs of a worker change, alternating builds on the same machine.
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ApiClient } from './api.client.js';
import { CpuMeter } from './meter.js';
import { e2ePhase } from './phases/e2e.js';
import { floorPhase, startFloorWorker } from './phases/floor.js';
import { Receiver } from './receiver.client.js';
import { createRoutes, SINGLE_PATHS, SINGLE_TYPE } from './setup.js';
import { startStack, startWorker } from './stack.js';

const events = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 2);
const concurrency = 32;

/** CPU ms of each thread of a process so far, by `name#tid` (Linux /proc; 10 ms ticks). */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(`${name}#${tid}`, (Number(fields[11]) + Number(fields[12])) * 10);
  }
  return out;
}

const perEvent = (ms: number) => (ms / events).toFixed(1);
const signingSecret = `whsec_${randomBytes(32).toString('base64')}`;
const stack = await startStack();
const receiver = await Receiver.start(signingSecret, 10);
const api = new ApiClient(stack.apiOrigin, stack.apiKey, 128);
let workerPid = 0;
const meter = new CpuMeter({ api: stack.api.pid, worker: () => workerPid, temporal: stack.temporal?.pid, receiver: receiver.pid, database: stack.database });
const floors: number[] = [];
const e2es: number[] = [];

async function floor() {
  const worker = await startFloorWorker(stack.workerEnv, `${stack.taskQueue}-floor`);
  workerPid = worker.pid;
  const before = meter.snapshot();
  const result = await floorPhase(stack.temporalAddress, `${stack.taskQueue}-floor`, events, concurrency);
  const cpu = CpuMeter.diff(before, meter.snapshot());
  await worker.stop();
  floors.push(result.perSecond);
  console.log(`floor ${result.perSecond}/s   CPU ms per workflow: worker ${perEvent(cpu.worker)}, temporal ${perEvent(cpu.temporal)}`);
}

async function e2e() {
  const worker = await startWorker(stack);
  workerPid = worker.pid;
  await e2ePhase(api, receiver, SINGLE_TYPE, SINGLE_PATHS, Math.min(500, events), concurrency);
  const before = meter.snapshot();
  const threadsBefore = threadCpu(worker.pid);
  const result = await e2ePhase(api, receiver, SINGLE_TYPE, SINGLE_PATHS, events, concurrency);
  const cpu = CpuMeter.diff(before, meter.snapshot());
  const threads = [...threadCpu(worker.pid)].map(([name, ms]) => [name, ms - (threadsBefore.get(name) ?? 0)] as const).filter(([, ms]) => ms >= events / 10);
  await worker.stop();
  if (!result.check.ok) throw new Error(`lost or duplicated deliveries: ${JSON.stringify(result.check)}`);
  e2es.push(result.perSecond);
  console.log(`e2e   ${result.perSecond}/s   CPU ms per event: worker ${perEvent(cpu.worker)}, temporal ${perEvent(cpu.temporal)}, api ${perEvent(cpu.api)}, postgres ${perEvent(cpu.postgres)}`);
  console.log(`      worker threads, CPU ms per event: ${threads.map(([name, ms]) => `${name} ${perEvent(ms)}`).join(', ')}`);
}

let exitCode = 0;
try {
  await api.waitHealthy();
  await createRoutes(api, receiver.origin, signingSecret);
  await floor();
  for (let i = 0; i < rounds; i++) {
    await e2e();
    await floor();
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`e2e ${mean(e2es).toFixed(1)} events/s vs floor ${mean(floors).toFixed(1)} workflows/s: ${Math.round((mean(e2es) / mean(floors)) * 100)}%`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await api.close();
  receiver.stop();
  await stack.close();
}
process.exit(exitCode);
