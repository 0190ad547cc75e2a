// `npm run bench [-- --quick | --events N]`: one run measures the machine's ceiling (a), the empty-
// workflow floor (b), Signalbox end to end (c), latency at half load (d) and ingest alone (e), prints a
// table of ratios against (a) and (b) from this same run, and writes bench/results/*.json.
// Process placement (2 cores, no pinning): Temporal dev server, API, worker, receiver and this load
// generator are five separate processes; Postgres is the machine's own server (a fresh database).
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ApiClient } from './api.client.js';
import { parseArgs } from './args.js';
import { CpuMeter, MemorySampler } from './meter.js';
import { e2ePhase } from './phases/e2e.js';
import { floorPhase, startFloorWorker } from './phases/floor.js';
import { groupStormPhase, STORM_EVENTS, STORM_KEYS } from './phases/group.js';
import { ingestPhase } from './phases/ingest.js';
import { latencyPhase } from './phases/latency.js';
import { rawPhase } from './phases/raw.js';
import type { Managed } from './procs.js';
import { Receiver } from './receiver.client.js';
import { type Results, renderTable, targets } from './report.js';
import { createRoutes, FANOUT_PATHS, FANOUT_TYPE, SINGLE_PATHS, SINGLE_TYPE } from './setup.js';
import { startStack, startWorker } from './stack.js';

const args = parseArgs(process.argv.slice(2));
const log = (line: string) => console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${line}`);
const signingSecret = `whsec_${randomBytes(32).toString('base64')}`;

log(`starting the stack (${args.events} events per scenario${args.quick ? ', quick' : ''})`);
// Profiles go to /tmp: large, per machine, never committed.
const stack = await startStack(args.profile ? { profileDir: join(tmpdir(), 'signalbox-bench-profiles') } : {});
const receiver = await Receiver.start(signingSecret, 10);
const api = new ApiClient(stack.apiOrigin, stack.apiKey, 128);
let worker: Managed | undefined;
let workerPid = 0;
const pids = { api: stack.api.pid, worker: () => workerPid, temporal: stack.temporal?.pid, receiver: receiver.pid, database: stack.database };
const meter = new CpuMeter(pids);
const memory = new MemorySampler(pids).start();
const cpu: Results['cpu'] = {};
/** Runs a phase with its CPU attributed per process; `items` turns CPU ms into ms per event. */
async function measured<T>(name: string, items: number, run: () => Promise<T>): Promise<T> {
  const before = meter.snapshot();
  const result = await run();
  cpu[name] = { ...CpuMeter.diff(before, meter.snapshot()), items };
  return result;
}

let exitCode = 0;
try {
  await api.waitHealthy();
  await createRoutes(api, receiver.origin, signingSecret);
  const n = args.events;
  const c = args.concurrency;

  log('(a) raw webhook POSTs');
  const raw = await measured('raw', n, () => rawPhase(receiver, signingSecret, n, c));
  log(`    ${raw.perSecond} req/s`);

  // The floor is measured before and after the Signalbox phases and averaged: on a shared machine the
  // background load drifts, and bracketing keeps the ratio honest.
  const floorQueue = `${stack.taskQueue}-floor`;
  const runFloor = async (label: string) => {
    log(`(b) empty-workflow floor (${label})`);
    const floorWorker = await startFloorWorker(stack.workerEnv, floorQueue);
    workerPid = floorWorker.pid;
    const result = await measured(`floor ${label}`, n, () => floorPhase(stack.temporalAddress, floorQueue, n, c));
    await floorWorker.stop();
    log(`    ${result.perSecond} workflows/s (starts ${result.startsPerSecond}/s)`);
    return result;
  };
  const floorBefore = await runFloor('before');

  worker = await startWorker(stack);
  workerPid = worker.pid;
  log('(c) end to end: warm-up, 1 route, 5-route fan-out');
  await e2ePhase(api, receiver, SINGLE_TYPE, SINGLE_PATHS, Math.min(500, n), c);
  const single = await measured('e2e 1 route', n, () => e2ePhase(api, receiver, SINGLE_TYPE, SINGLE_PATHS, n, c));
  log(`    1 route: ${single.perSecond} events/s`);
  const fanout = await measured('e2e fan-out', n, () => e2ePhase(api, receiver, FANOUT_TYPE, FANOUT_PATHS, n, c));
  log(`    fan-out: ${fanout.perSecond} events/s (${fanout.deliveriesPerSecond} deliveries/s)`);

  // group_wait long enough to post the whole storm at half the 1-route rate (the target), so "within group_wait" holds.
  const groupWaitSeconds = Math.max(20, Math.ceil(STORM_EVENTS / Math.max(1, single.perSecond / 2)) + 10);
  log(`(f) group storm: ${STORM_EVENTS} events across ${STORM_KEYS} group keys, group_wait ${groupWaitSeconds}s`);
  const group = await measured('group storm', STORM_EVENTS, () => groupStormPhase(api, receiver, {
    databaseUrl: stack.databaseUrl, temporalAddress: stack.temporalAddress, receiverOrigin: receiver.origin, signingSecret, concurrency: c, groupWaitSeconds,
  }));
  log(`    ${group.perSecond} events/s grouped (${Math.round((group.perSecond / single.perSecond) * 100)}% of 1 route); ${group.firstNotifications} first notifications; history max ${group.history.max}, avg ${group.history.avg}`);

  const rate = Math.max(1, Math.round(single.perSecond / 2));
  log(`(d) open-model latency at ${rate} events/s for ${args.latencySeconds}s`);
  const latency = await measured('latency', Math.round(rate * args.latencySeconds), () => latencyPhase(api, receiver, SINGLE_TYPE, SINGLE_PATHS, rate, args.latencySeconds));
  log(`    p99 sent → delivered ${latency.sentToDeliveredMs.p99} ms; ingest p99 ${latency.ingestMs.p99} ms`);

  log('(e) ingest alone (worker stopped), then drain');
  await worker.stop();
  const ingestOptions = { count: Math.ceil(n / 2), concurrency: c, batchSize: 100, batchConcurrency: 4 };
  const ingest = await measured('ingest+drain', n, () =>
    ingestPhase(api, receiver, SINGLE_TYPE, SINGLE_PATHS, ingestOptions, async () => {
      memory.sample();
      worker = await startWorker(stack);
      workerPid = worker.pid;
    }),
  );
  log(`    single ${ingest.single.perSecond}/s, batch ${ingest.batch.perSecond}/s, drain ${ingest.drain.perSecond}/s`);
  memory.stop();
  const workerWarnings = worker.warnings.count;
  await worker.stop();
  const floorAfter = await runFloor('after');
  const floor = { perSecond: Math.round(((floorBefore.perSecond + floorAfter.perSecond) / 2) * 10) / 10, before: floorBefore, after: floorAfter };

  const results = {
    raw, floor, single, fanout, group, latency, ingest,
    memoryMb: memory.peak,
    workerWarnings,
    checks: { raw: raw.check, 'e2e 1 route': single.check, 'e2e fan-out': fanout.check, 'group storm': group.check, latency: latency.check, 'ingest+drain': ingest.check },
    cpu,
  } satisfies Results;
  const verdicts = targets(results);
  const meta = {
    at: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    args,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    git: gitState(),
    placement: 'separate processes: temporal dev server (SQLite file, WAL, synchronous=OFF), API, worker, receiver, load generator; Postgres: local server, fresh database',
  };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify({ meta, targets: verdicts, ...results }, null, 2)}\n`);
  console.log(`\n${renderTable(results)}\n\nwritten to ${args.out}`);
  if (!Object.values(results.checks).every((check) => check.ok)) {
    console.error('FAILED: lost or duplicated deliveries (see the delivery check table)');
    exitCode = 1;
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await worker?.stop();
  await api.close();
  receiver.stop();
  await stack.close();
}
process.exit(exitCode);

function gitState() {
  const run = (cmd: string) => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return { commit: run('git rev-parse --short HEAD'), dirty: run('git status --porcelain -- temporal/src backend/src libs plugins').split('\n').filter(Boolean) };
}
