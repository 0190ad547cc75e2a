// (e) Ingest alone: accepted events/s with the worker stopped, so the API (validate, match, INSERT,
// workflow start) has the machine to itself. Then the worker comes back and drains the backlog — and
// every one of those events must still be delivered exactly once.
import { randomUUID } from 'node:crypto';
import { type ApiClient, now } from '../api.client.js';
import { closedLoop } from '../load.js';
import type { Receiver } from '../receiver.client.js';
import { benchEvent } from '../setup.js';
import { checkDeliveries, perSecond, summarize } from '../stats.js';
import { DUPLICATE_GRACE_MS, postEvent } from './e2e.js';

export interface IngestOptions {
  count: number;
  concurrency: number;
  batchSize: number;
  batchConcurrency: number;
}

export async function ingestPhase(api: ApiClient, receiver: Receiver, type: string, paths: string[], o: IngestOptions, restartWorker: () => Promise<void>) {
  const runId = randomUUID().slice(0, 8);
  const single = Array.from({ length: o.count }, (_, i) => `ing-${runId}-${i}`);
  const batched = Array.from({ length: o.count }, (_, i) => `bat-${runId}-${i}`);
  await receiver.reset();

  const latencies: number[] = [];
  let errors = 0;
  const t0 = now();
  await closedLoop(single.length, o.concurrency, async (i) => {
    const t = now();
    await postEvent(api, benchEvent(single[i]!, type)).then(
      () => latencies.push(now() - t),
      () => errors++,
    );
  });
  const singleMs = now() - t0;

  const batches = Math.ceil(batched.length / o.batchSize);
  let accepted = 0;
  const t1 = now();
  await closedLoop(batches, o.batchConcurrency, async (b) => {
    const events = batched.slice(b * o.batchSize, (b + 1) * o.batchSize).map((id) => benchEvent(id, type));
    const res = await api.request('POST', '/v1/events/batch', { events });
    const items = (res.json as { results?: Array<{ result: string }> }).results ?? [];
    accepted += items.filter((r) => r.result === 'accepted').length;
  });
  const batchMs = now() - t1;

  await restartWorker();
  const t2 = now(); // from the worker polling again: drain rate, not start-up time
  await receiver.waitFor((single.length + batched.length) * paths.length);
  const drainMs = now() - t2;
  await new Promise((r) => setTimeout(r, DUPLICATE_GRACE_MS));
  const { deliveries } = await receiver.dump();
  return {
    single: { events: single.length, concurrency: o.concurrency, errors, perSecond: perSecond(single.length - errors, singleMs), latencyMs: summarize(latencies) },
    batch: { events: batched.length, batchSize: o.batchSize, concurrency: o.batchConcurrency, accepted, perSecond: perSecond(accepted, batchMs) },
    drain: { events: single.length + batched.length, elapsedMs: Math.round(drainMs), perSecond: perSecond(single.length + batched.length, drainMs) },
    check: checkDeliveries([...single, ...batched], paths, deliveries),
  };
}
