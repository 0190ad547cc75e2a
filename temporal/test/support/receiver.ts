import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  at: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A local HTTP endpoint that records every request and answers from a per-path script (200 when empty).
 * `delayMs` holds each answer back, so a test can catch deliveries in flight.
 */
export async function startReceiver(options: { delayMs?: number } = {}) {
  const received: Received[] = [];
  const scripts = new Map<string, Reply[]>();
  const waiters = new Set<() => void>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = req.url ?? '/';
    received.push({ path, headers: req.headers, body: raw ? JSON.parse(raw) : null, at: Date.now() });
    const reply = scripts.get(path)?.shift() ?? { status: 200, body: 'ok' };
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    res.writeHead(reply.status, reply.headers).end(reply.body ?? '');
    waiters.forEach((wake) => wake());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    at: (path: string) => received.filter((r) => r.path === path),
    script: (path: string, replies: Reply[]) => void scripts.set(path, [...replies]),
    async waitFor(path: string, count: number, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.filter((r) => r.path === path).length < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} requests at ${path}`);
        await new Promise<void>((resolve) => {
          waiters.add(resolve);
          setTimeout(resolve, 200);
        });
      }
      return received.filter((r) => r.path === path);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
