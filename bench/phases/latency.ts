// (d) Latency in an open model: arrivals scheduled by the clock at a fixed rate (half of (c)'s maximum),
// so a slow answer never delays the next arrival. Reported from the POST being sent to the verified
// delivery (includes ingest), from the 202 to the delivery, and the ingest latency itself.
import { randomUUID } from 'node:crypto';
import { type ApiClient, now } from '../api.client.js';
import { openLoop } from '../load.js';
import type { Receiver } from '../receiver.client.js';
import { benchEvent } from '../setup.js';
import { checkDeliveries, summarize } from '../stats.js';
import { DUPLICATE_GRACE_MS, postEvent } from './e2e.js';

export async function latencyPhase(api: ApiClient, receiver: Receiver, type: string, paths: string[], ratePerSecond: number, seconds: number) {
  const count = Math.max(1, Math.round(ratePerSecond * seconds));
  const runId = randomUUID().slice(0, 8);
  const ids = Array.from({ length: count }, (_, i) => `lat-${runId}-${i}`);
  const sentAt = new Map<string, number>();
  const acceptedAt = new Map<string, number>();
  const lateness: number[] = [];
  let errors = 0;
  await receiver.reset();
  await openLoop(
    count,
    ratePerSecond,
    async (i, intendedAt) => {
      const id = ids[i]!;
      const t = now();
      lateness.push(t - intendedAt);
      sentAt.set(id, t);
      await postEvent(api, benchEvent(id, type)).then(
        () => acceptedAt.set(id, now()),
        (e: Error) => {
          if (errors++ < 3) console.error(e.message);
        },
      );
    },
    now,
  );
  await receiver.waitFor(count * paths.length);
  await new Promise((r) => setTimeout(r, DUPLICATE_GRACE_MS));
  const { deliveries, verified, badSignatures } = await receiver.dump();
  const mine = deliveries.filter((d) => sentAt.has(d.eventId));
  return {
    ratePerSecond,
    seconds,
    events: count,
    postErrors: errors,
    senderLatenessMs: summarize(lateness),
    sentToDeliveredMs: summarize(mine.map((d) => d.receivedAt - sentAt.get(d.eventId)!)),
    acceptedToDeliveredMs: summarize(mine.filter((d) => acceptedAt.has(d.eventId)).map((d) => d.receivedAt - acceptedAt.get(d.eventId)!)),
    ingestMs: summarize([...acceptedAt].map(([id, at]) => at - sentAt.get(id)!)),
    check: checkDeliveries(ids, paths, deliveries),
    verifiedSignatures: verified,
    badSignatures,
  };
}
