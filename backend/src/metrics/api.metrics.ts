import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

export type IngestOutcome = 'routed' | 'unmatched' | 'duplicate' | 'rejected' | 'error';

/** Event types are chosen by senders: past this many distinct values, new ones count as "other" so a client cannot explode the series count. */
export const MAX_EVENT_TYPE_LABELS = 500;

/**
 * The API's Prometheus registry. One per app (not prom-client's global registry) because tests run
 * several apps, and the worker, in one process.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly seenTypes = new Set<string>();
  private readonly ingested = new Counter({
    name: 'signalbox_events_ingested_total',
    help: 'Events received by POST /v1/events and /v1/events/batch, by event type and outcome (routed, unmatched, duplicate, rejected, error)',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource | undefined) {
    collectDefaultMetrics({ register: this.registry });
    if (dataSource) registerOutboxGauges(this.registry, dataSource);
  }

  countIngest(type: unknown, outcome: IngestOutcome): void {
    this.ingested.inc({ type: this.typeLabel(type), outcome });
  }

  private typeLabel(type: unknown): string {
    if (typeof type !== 'string' || type === '' || type.length > 200) return 'unknown';
    if (this.seenTypes.has(type)) return type;
    if (this.seenTypes.size >= MAX_EVENT_TYPE_LABELS) return 'other';
    this.seenTypes.add(type);
    return type;
  }
}

/**
 * Outbox backlog (accepted events whose workflow has not started yet) and the age of the oldest one,
 * read at scrape time: one query over the partial index `events_pending_dispatch`, never on ingest.
 */
function registerOutboxGauges(registry: Registry, dataSource: DataSource): void {
  let pending: Promise<{ backlog: number; age: number }> | undefined;
  // Both gauges collect from one query per scrape.
  const read = () =>
    (pending ??= dataSource
      .query(`SELECT count(*)::int AS backlog, coalesce(extract(epoch FROM now() - min(received_at)), 0)::float8 AS age FROM events WHERE status = 'accepted'`)
      .then((rows: Array<{ backlog: number; age: number }>) => rows[0]!)
      .finally(() => setImmediate(() => (pending = undefined))));
  new Gauge({
    name: 'signalbox_outbox_backlog_events',
    help: 'Accepted events whose workflow has not been started yet (the dispatch outbox)',
    registers: [registry],
    async collect() {
      this.set((await read()).backlog);
    },
  });
  new Gauge({
    name: 'signalbox_outbox_oldest_age_seconds',
    help: 'Age of the oldest event waiting in the dispatch outbox; 0 when it is empty',
    registers: [registry],
    async collect() {
      this.set((await read()).age);
    },
  });
}
