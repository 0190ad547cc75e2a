import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateEvent } from './pagerduty.schema.js';

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

export interface FakePagerduty {
  url: string;
  /** Accepted events, as parsed JSON. */
  events: Array<Record<string, unknown>>;
  /**
   * Alerts by dedup_key, as PagerDuty keeps them: a trigger opens (or adds to) one, a resolve closes the open
   * one with its dedup_key. A resolve naming no open alert is accepted and changes nothing, as in PagerDuty.
   */
  alerts: Map<string, 'triggered' | 'acknowledged' | 'resolved'>;
  /** The next requests get these answers instead (429, 5xx, ...). */
  failNext(...replies: Reply[]): void;
  close(): Promise<void>;
}

/**
 * An Events API v2 endpoint on 127.0.0.1: POST /v2/enqueue, 202 for a valid event, 400 with PagerDuty's
 * `{status, message, errors}` for an invalid one (the documented schema, in pagerduty.schema.ts), 413 over 512 KB.
 */
export async function startFakePagerduty(): Promise<FakePagerduty> {
  const queued: Reply[] = [];
  const events: Array<Record<string, unknown>> = [];
  const alerts: FakePagerduty['alerts'] = new Map();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const answer = ({ status, body, headers }: Reply) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/v2/enqueue') return answer({ status: 404, body: { status: 'not found' } });
      const next = queued.shift();
      if (next) return answer(next);
      if (raw.length > 512 * 1024) return answer({ status: 413, body: { status: 'invalid event', message: 'Request entity too large' } });
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return answer({ status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors: ['Malformed JSON'] } });
      }
      const errors = validateEvent(body);
      if (errors.length) return answer({ status: 400, body: { status: 'invalid event', message: 'Event object is invalid', errors } });
      const event = body as Record<string, unknown>;
      events.push(event);
      const dedupKey = (event.dedup_key as string | undefined) || `generated-${events.length}`;
      const open = alerts.get(dedupKey);
      if (event.event_action === 'trigger' && open !== 'acknowledged') alerts.set(dedupKey, 'triggered');
      if (event.event_action === 'acknowledge' && open === 'triggered') alerts.set(dedupKey, 'acknowledged');
      if (event.event_action === 'resolve' && open && open !== 'resolved') alerts.set(dedupKey, 'resolved');
      answer({ status: 202, body: { status: 'success', message: 'Event processed', dedup_key: dedupKey } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    events,
    alerts,
    failNext: (...replies) => void queued.push(...replies),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
