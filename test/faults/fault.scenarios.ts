import pg from 'pg';
import type { FaultReceiver } from './fault.receiver.js';
import { type FaultStack, kill9 } from './fault.stack.js';

export interface Timings {
  /** Events per scenario and how fast they are sent. */
  events: number;
  perSecond: number;
  /** How long each outage lasts. */
  temporalDownMs: number;
  postgresDownMs: number;
  receiverDownMs: number;
  throttleMs: number;
  pauseMs: number;
}

export const FULL: Timings = { events: 500, perSecond: 25, temporalDownMs: 10_000, postgresDownMs: 15_000, receiverDownMs: 120_000, throttleMs: 30_000, pauseMs: 60_000 };
export const QUICK: Timings = { events: 100, perSecond: 20, temporalDownMs: 3_000, postgresDownMs: 5_000, receiverDownMs: 20_000, throttleMs: 10_000, pauseMs: 15_000 };

export interface Ctx {
  stack: FaultStack;
  receiver: FaultReceiver;
  channelId: string;
  t: Timings;
  /** A line for the table's note column. */
  note(text: string): void;
}

export interface Scenario {
  name: string;
  /** Runs once the stream is under way; resolves when everything it broke is back. */
  inject(ctx: Ctx): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Rows of the outbox not yet handed to Temporal (0 when Postgres does not answer). */
async function undispatched(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE status = 'accepted'`);
    return rows[0]!.n;
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function api(ctx: Ctx, path: string): Promise<void> {
  const res = await fetch(`${ctx.stack.apiOrigin}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ctx.stack.apiKey}` } });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
}

export const scenarios: Scenario[] = [
  {
    name: 'kill -9 worker',
    async inject({ stack }) {
      await kill9(stack.worker);
      await sleep(1_000); // the launcher's first restart backoff
      await stack.startWorker();
    },
  },
  {
    name: 'kill -9 Temporal, restart on its DB file',
    async inject({ stack, t }) {
      await kill9(stack.temporal);
      await sleep(t.temporalDownMs);
      await stack.startTemporal();
    },
  },
  {
    name: 'restart Postgres',
    async inject({ stack, t }) {
      await stack.postgres.stop();
      await sleep(t.postgresDownMs);
      await stack.startPostgres();
    },
  },
  {
    name: 'kill -9 API with undispatched outbox rows',
    async inject(ctx) {
      const { stack } = ctx;
      // Freeze Temporal so the dispatcher cannot hand rows over: accepted events pile up in the outbox.
      stack.temporal.child.kill('SIGSTOP');
      // Until a good batch is waiting (the stream keeps adding rows), bounded at 5 s.
      let rows = 0;
      for (let i = 0; i < 50 && rows < 20; i++) {
        rows = await undispatched(stack.databaseUrl);
        if (rows < 20) await sleep(100);
      }
      await kill9(stack.api);
      stack.temporal.child.kill('SIGCONT');
      ctx.note(`${rows} undispatched at kill`);
      await sleep(1_000);
      await stack.startApi();
    },
  },
  {
    name: 'receiver down',
    async inject({ receiver, t }) {
      await receiver.down();
      await sleep(t.receiverDownMs);
      await receiver.up();
    },
  },
  {
    name: '429 with Retry-After: 5',
    async inject(ctx) {
      ctx.receiver.mode = 'throttle';
      await sleep(ctx.t.throttleMs);
      ctx.receiver.mode = 'ok';
      ctx.note(`${ctx.receiver.throttled} answered 429`);
    },
  },
  {
    name: 'channel paused, then resumed',
    async inject(ctx) {
      await api(ctx, `/v1/channels/${ctx.channelId}/pause`);
      await sleep(ctx.t.pauseMs);
      await api(ctx, `/v1/channels/${ctx.channelId}/resume`);
    },
  },
];

/**
 * Done when every accepted event was received or its delivery ended `failed` (it will never arrive), or
 * at the deadline. Reads Postgres afresh each round, since a scenario may just have restarted it.
 */
export async function settled(url: string, accepted: string[], received: () => Set<string>, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const seen = received();
    const missing = accepted.filter((id) => !seen.has(id));
    if (missing.length === 0) return;
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ n: number }>(`SELECT count(DISTINCT event_id)::int AS n FROM deliveries WHERE status = 'failed' AND event_id = ANY($1)`, [missing]);
      if (rows[0]!.n === missing.length) return;
    } catch {
      // Postgres not back yet
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(1_000);
  }
}

/**
 * Why each accepted event has not arrived yet, from its delivery rows: a delivery `retrying` with a next attempt
 * is on the retry schedule (not lost: it will be tried again at that time); anything else is lost.
 */
export async function explainMissing(url: string, missing: string[]): Promise<{ retrying: Array<{ eventId: string; nextAt: string; attempts: number; lastError: string | null }>; lost: string[] }> {
  if (missing.length === 0) return { retrying: [], lost: [] };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ event_id: string; next_attempt_at: Date; attempts: number; last_error: string | null }>(
      `SELECT event_id, next_attempt_at, attempts, last_error FROM deliveries
       WHERE event_id = ANY($1) AND status = 'retrying' AND next_attempt_at IS NOT NULL`,
      [missing],
    );
    const retrying = rows.map((r) => ({ eventId: r.event_id, nextAt: r.next_attempt_at.toISOString(), attempts: r.attempts, lastError: r.last_error }));
    const scheduled = new Set(retrying.map((r) => r.eventId));
    return { retrying, lost: missing.filter((id) => !scheduled.has(id)) };
  } finally {
    await client.end().catch(() => undefined);
  }
}
