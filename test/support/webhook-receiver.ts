import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  verified: boolean;
  receivedAt: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Resolves once `count` deliveries (duplicates included) have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * A receiver on 127.0.0.1 that verifies every request with the official `standardwebhooks` package,
 * the way a customer's endpoint would, and answers 401 when the signature does not hold.
 */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const verifier = new Webhook(secret);
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let verified = true;
    try {
      verifier.verify(raw, req.headers as Record<string, string>);
    } catch {
      verified = false;
    }
    received.push({ id: String(req.headers['webhook-id']), headers: req.headers, body: JSON.parse(raw), verified, receivedAt: Date.now() });
    waiters.forEach((wake) => wake());
    res.writeHead(verified ? 200 : 401).end(verified ? 'ok' : 'bad signature');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const waitFor = (count: number, timeoutMs = 30_000) =>
    new Promise<ReceivedWebhook[]>((resolve, reject) => {
      const check = () => {
        if (received.length < count) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(received);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`expected ${count} webhooks, got ${received.length} after ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    waitFor,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
