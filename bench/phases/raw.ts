// (a) The machine's ceiling: the same signed webhook POSTs a delivery makes, straight from Node to the
// receiver over a keep-alive pool — no API, no Temporal, no Postgres.
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { Webhook } from 'standardwebhooks';
import { closedLoop } from '../load.js';
import type { Receiver } from '../receiver.client.js';
import { benchEvent } from '../setup.js';
import { checkDeliveries, perSecond } from '../stats.js';
import { now } from '../api.client.js';

export async function rawPhase(receiver: Receiver, signingSecret: string, count: number, concurrency: number) {
  const signer = new Webhook(signingSecret);
  const pool = new Pool(receiver.origin, { connections: concurrency, keepAliveTimeout: 60_000 });
  const runId = randomUUID().slice(0, 8);
  const post = async (i: number) => {
    const event = { ...benchEvent(`raw-${runId}-${i}`, 'bench.raw'), timestamp: new Date().toISOString() };
    const body = JSON.stringify({
      type: event.type,
      timestamp: event.timestamp,
      data: { event, message: { title: 'BENCH.RAW on my-app', body: 'Service my-app failed to deploy', severity: 'high', fields: [], url: null } },
    });
    const id = `msg_${runId}_${i}`;
    const headers = { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': signer.sign(id, new Date(), body) };
    const res = await pool.request({ method: 'POST', path: '/raw', headers, body });
    await res.body.dump();
    if (res.statusCode !== 200) throw new Error(`receiver answered ${res.statusCode}`);
  };
  await closedLoop(Math.min(1000, count), concurrency, post); // warm-up: JIT, sockets
  await receiver.reset();
  const start = now();
  await closedLoop(count, concurrency, (i) => post(i + 1_000_000));
  const elapsedMs = now() - start;
  await pool.close();
  const dump = await receiver.dump();
  const check = checkDeliveries(Array.from({ length: count }, (_, i) => `raw-${runId}-${i + 1_000_000}`), ['/raw'], dump.deliveries);
  return { requests: count, concurrency, elapsedMs: Math.round(elapsedMs), perSecond: perSecond(count, elapsedMs), check, badSignatures: dump.badSignatures };
}
