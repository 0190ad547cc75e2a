import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { routeEventWorkflowId, type SignalboxEvent } from '@signalbox/route-model';
import type { EventStatus } from '@signalbox/db';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import type { MatchedRoute } from './event-ingest.types.js';

export interface NewEventRow {
  event: SignalboxEvent;
  idempotencyKey: string | null;
  receivedAt: Date;
  routeVersionIds: string[];
  /** Set for a replay: the event it was derived from. */
  replayOf?: string;
}

export interface StoredEvent {
  event: SignalboxEvent;
  receivedAt: string;
  routeVersionIds: string[];
  status: EventStatus;
}

const COLUMNS = ['tenant_id', 'id', 'type', 'source', 'severity', 'subject', 'timestamp', 'data', 'received_at', 'idempotency_key', 'route_version_ids', 'status', 'workflow_id', 'task_queue', 'replay_of'];

export interface EventRow {
  id: string;
  type: string;
  source: string;
  severity: SignalboxEvent['severity'];
  subject: string | null;
  timestamp: Date;
  data: Record<string, unknown>;
  received_at: Date;
  route_version_ids: string[];
  status: EventStatus;
}

export const toStored = (row: EventRow): StoredEvent => ({
  event: {
    id: row.id,
    type: row.type,
    source: row.source,
    severity: row.severity,
    timestamp: row.timestamp.toISOString(),
    ...(row.subject !== null ? { subject: row.subject } : {}),
    data: row.data,
  },
  receivedAt: row.received_at.toISOString(),
  routeVersionIds: row.route_version_ids,
  status: row.status,
});

/** Event rows for ingest. Every statement is scoped by tenant_id. */
@Injectable()
export class EventsStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * One multi-row INSERT; rows whose id (or Idempotency-Key) already exists are skipped, not errors.
   * Returns the ids this call inserted — the others were accepted earlier. Matched events are inserted
   * `accepted`: the EventDispatcher's outbox.
   */
  async insertNew(tenantId: string, rows: NewEventRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const { event } = row;
      const status: EventStatus = row.routeVersionIds.length ? 'accepted' : 'unmatched';
      const workflowId = row.routeVersionIds.length ? routeEventWorkflowId(tenantId, event.id) : null;
      const values = [tenantId, event.id, event.type, event.source, event.severity, event.subject ?? null, event.timestamp, JSON.stringify(event.data), row.receivedAt, row.idempotencyKey, row.routeVersionIds, status, workflowId, this.config.TEMPORAL_TASK_QUEUE, row.replayOf ?? null];
      return `(${values.map((value) => `$${params.push(value)}`).join(', ')})`;
    });
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO events (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING RETURNING id`,
      params,
    );
    return new Set(inserted.map((row) => row.id));
  }

  /**
   * Existing events by id. (An Idempotency-Key always becomes the event's id, so looking up by id also
   * finds events first sent with that key.)
   */
  async findExisting(tenantId: string, ids: string[]): Promise<Map<string, StoredEvent>> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT id, type, source, severity, subject, "timestamp", data, received_at, route_version_ids, status
         FROM events WHERE tenant_id = $1 AND id = ANY($2)`,
      [tenantId, ids],
    );
    return new Map(rows.map((row) => [row.id, toStored(row)]));
  }


  /** Route id and version number of each version id, in the order given (the order stored on the event). */
  async describeVersions(tenantId: string, versionIds: string[]): Promise<MatchedRoute[]> {
    if (versionIds.length === 0) return [];
    const rows: Array<{ id: string; route_id: string; version: number }> = await this.dataSource.query(
      `SELECT id, route_id, version FROM route_versions WHERE tenant_id = $1 AND id = ANY($2)`,
      [tenantId, versionIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return versionIds.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ routeId: row.route_id, routeVersionId: id, version: row.version }] : [];
    });
  }
}
