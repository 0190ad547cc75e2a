// The webhook receiver, in its own process so its CPU is measured apart from the load generator's.
// It answers 200 at once, records (event id, path, webhook-id, receipt time) for each request, and
// verifies every Nth signature with the official `standardwebhooks` package (401 on a bad one).
// Controlled over IPC: reset / count / dump.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Webhook } from 'standardwebhooks';

const secret = process.env.BENCH_SIGNING_SECRET!;
const verifyEvery = Number(process.env.BENCH_VERIFY_EVERY ?? '10');
const verifier = new Webhook(secret);
const now = () => performance.timeOrigin + performance.now();

let eventIds: string[] = [];
let paths: string[] = [];
let webhookIds: string[] = [];
let receivedAt: number[] = [];
let verified = 0;
let badSignatures = 0;
let seq = 0;

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const server = createServer(async (req, res) => {
  const raw = await readBody(req);
  const at = now();
  if (seq++ % verifyEvery === 0) {
    try {
      verifier.verify(raw, req.headers as Record<string, string>);
      verified++;
    } catch {
      badSignatures++;
      res.writeHead(401).end('bad signature');
      return;
    }
  }
  let eventId = '?';
  try {
    eventId = (JSON.parse(raw) as { data: { event: { id: string } } }).data.event.id;
  } catch {
    // counted as unexpected by the check
  }
  eventIds.push(eventId);
  paths.push(req.url ?? '');
  webhookIds.push(String(req.headers['webhook-id']));
  receivedAt.push(at);
  res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'reset') {
    eventIds = [];
    paths = [];
    webhookIds = [];
    receivedAt = [];
    verified = 0;
    badSignatures = 0;
    seq = 0;
    process.send!({ cmd: 'reset' });
  } else if (msg.cmd === 'count') {
    process.send!({ cmd: 'count', count: eventIds.length, badSignatures });
  } else if (msg.cmd === 'dump') {
    process.send!({ cmd: 'dump', eventIds, paths, webhookIds, receivedAt, verified, badSignatures });
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  process.send!({ cmd: 'ready', port: (server.address() as AddressInfo).port });
});
