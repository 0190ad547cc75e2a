import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  eventId: string;
  webhookId: string;
}

/**
 * The customer's endpoint, in the suite's process: records (event id, webhook-id) of every 2xx it answers,
 * and can be taken down (port closed, connections cut) or made to answer 429 with Retry-After.
 */
export class FaultReceiver {
  readonly received: Received[] = [];
  mode: 'ok' | 'throttle' = 'ok';
  /** Requests answered 429 while throttling. */
  throttled = 0;
  private server: Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (this.mode === 'throttle') {
          this.throttled++;
          res.writeHead(429, { 'retry-after': '5' }).end('slow down');
          return;
        }
        let eventId = '?';
        try {
          eventId = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { event: { id: string } } }).data.event.id;
        } catch {
          // counted as an unknown id
        }
        this.received.push({ eventId, webhookId: String(req.headers['webhook-id']) });
        res.writeHead(200).end('ok');
      });
    });
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Connection refused from now on, and requests in flight are cut. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}
