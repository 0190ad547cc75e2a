// (c) Signalbox end to end: POST /v1/events as fast as `concurrency` lanes allow, until every event has
// been delivered (and verified) at the receiver on every route it matches. events/s = N / (first POST →
// last delivery), so a backlog that builds during the burst is paid for before the clock stops.
import { randomUUID } from 'node:crypto';
import { type ApiClient, now } from '../api.client.js';
import { closedLoop } from '../load.js';
import type { Receiver } from '../receiver.client.js';
import { benchEvent } from '../setup.js';
import { checkDeliveries, perSecond, summarize } from '../stats.js';

/** Lets a late duplicate (a retry of a delivery that already arrived) show up before we count. */
export const DUPLICATE_GRACE_MS = 1_500;

export async function postEvent(api: ApiClient, event: ReturnType<typeof benchEvent>): Promise<void> {
  const res = await api.request('POST', '/v1/events', event);
  if (res.status !== 202 || (res.json as { status?: string }).status !== 'routed') throw new Error(`POST /v1/events ${event.id}: ${res.status} ${JSON.stringify(res.json)}`);
}

export async function e2ePhase(api: ApiClient, receiver: Receiver, type: string, paths: string[], count: number, concurrency: number) {
  const runId = randomUUID().slice(0, 8);
  const ids = Array.from({ length: count }, (_, i) => `${type}-${runId}-${i}`);
  const sentAt = new Map<string, number>();
  let errors = 0;
  await receiver.reset();
  const start = now();
  await closedLoop(count, concurrency, async (i) => {
    const id = ids[i]!;
    sentAt.set(id, now());
    await postEvent(api, benchEvent(id, type)).catch((e: Error) => {
      if (errors++ < 3) console.error(e.message);
    });
  });
  const postedMs = now() - start;
  await receiver.waitFor(count * paths.length);
  const dump = await receiver.dump();
  const lastReceipt = dump.deliveries.reduce((m, d) => Math.max(m, d.receivedAt), 0);
  await new Promise((r) => setTimeout(r, DUPLICATE_GRACE_MS));
  const final = await receiver.dump();
  const elapsedMs = lastReceipt - start;
  const latencies = final.deliveries.filter((d) => sentAt.has(d.eventId)).map((d) => d.receivedAt - sentAt.get(d.eventId)!);
  return {
    events: count,
    routes: paths.length,
    deliveries: count * paths.length,
    concurrency,
    postErrors: errors,
    elapsedMs: Math.round(elapsedMs),
    ingestPerSecond: perSecond(count, postedMs),
    perSecond: perSecond(count, elapsedMs),
    deliveriesPerSecond: perSecond(count * paths.length, elapsedMs),
    closedLoopLatencyMs: summarize(latencies),
    check: checkDeliveries(ids, paths, final.deliveries),
    verifiedSignatures: final.verified,
    badSignatures: final.badSignatures,
  };
}
