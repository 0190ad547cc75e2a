import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body exactly as received (what signatures are computed over). */
  body: string;
  /** The client's source port: equal across requests means one reused keep-alive connection. */
  remotePort: number;
}

/** What the receiver answers; `hang: true` accepts the request and never responds (timeout tests). */
export type ReceiverReply = { status: number; headers?: Record<string, string>; body?: string | Buffer; hang?: false } | { hang: true };

export interface TestReceiver {
  /** `http://127.0.0.1:<port>` — pass a path after it freely. */
  url: string;
  requests: ReceivedRequest[];
  /** Replaces the reply for subsequent requests (default: 200 "ok"). */
  reply(next: ReceiverReply | ((request: ReceivedRequest) => ReceiverReply)): void;
  close(): Promise<void>;
}

/**
 * A real HTTP endpoint on 127.0.0.1 and a random port, for plugin tests: records each request and answers
 * with a configurable status, so tests exercise the real client, signing and error taxonomy end to end.
 * Use with `createHttpClient({ allowPrivateNetworks: true })` — loopback is blocked by default.
 */
export async function startTestReceiver(): Promise<TestReceiver> {
  let replyWith: (request: ReceivedRequest) => ReceiverReply = () => ({ status: 200, body: 'ok' });
  const requests: ReceivedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), remotePort: req.socket.remotePort ?? 0 };
      requests.push(received);
      const reply = replyWith(received);
      if (reply.hang) {
        hanging.add(res);
        return;
      }
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply(next) {
      replyWith = typeof next === 'function' ? next : () => next;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
