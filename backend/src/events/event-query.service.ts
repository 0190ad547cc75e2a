import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { exactTimestampSql, page } from '../common/cursor.codec.js';
import { eventOutcomeSql, outcomePrefilter, type EventOutcome } from './event-outcome.sql.js';
import type { DeliverySummary, ListEventsQuery, NodeOutcomeView } from './event-query.types.js';

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface EventRow {
  id: string; type: string; source: string; severity: string; subject: string | null; timestamp: Date; received_at: Date; status: string;
  data: Record<string, unknown>; idempotency_key: string | null; route_version_ids: string[]; workflow_id: string | null; matched: number;
  replay_of: string | null; outcome: EventOutcome;
}
type ListedRow = EventRow & { cursor_at: string };
interface OutcomeRow {
  route_version_id: string; node_id: string; node_type: string; outcome: string; reason: string | null; detail: Record<string, unknown> | null; recorded_at: Date;
}
interface DeliveryRow {
  id: string; route_id: string; route_version_id: string; node_id: string; channel_id: string; status: string; attempts: number;
  last_status_code: number | null; last_error: string | null; created_at: Date; delivered_at: Date | null;
  silence_id: string | null; mute_timing_id: string | null;
}

/** Reads for `GET /v1/events[/:id]`: what was received, what it matched, and what each node did. */
@Injectable()
export class EventQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(tenantId: string, query: ListEventsQuery) {
    const params: unknown[] = [tenantId];
    const where = ['e.tenant_id = $1'];
    const eq = (column: string, value: string | undefined) => value !== undefined && where.push(`e.${column} = $${params.push(value)}`);
    eq('type', query.type);
    eq('source', query.source);
    eq('severity', query.severity);
    eq('status', query.status);
    eq('replay_of', query.replayOf);
    if (query.from) where.push(`e.received_at >= $${params.push(query.from)}::timestamptz`);
    if (query.to) where.push(`e.received_at < $${params.push(query.to)}::timestamptz`);
    if (query.q) where.push(`e.subject ILIKE '%' || $${params.push(escapeLike(query.q))} || '%'`);
    if (query.outcome) where.push(...outcomePrefilter(query.outcome, '$1'));
    if (query.cursor) where.push(`(e.received_at, e.id) < ($${params.push(query.cursor.at)}::timestamptz, $${params.push(query.cursor.id)})`);
    // The page is ordered on plain columns first (OFFSET 0 keeps the planner from merging the two levels, which
    // would compute every candidate's outcome before sorting); the outcome is then computed row by row in page
    // order, so the outer LIMIT stops the work as soon as a page is full.
    const outcomeFilter = query.outcome ? `WHERE outcome = $${params.push(query.outcome)}` : '';
    const rows: ListedRow[] = await this.db.query(
      `SELECT * FROM (
         SELECT x.*, ${eventOutcomeSql('x')} AS outcome FROM (
           SELECT e.tenant_id, e.id, e.type, e.source, e.severity, e.subject, e."timestamp", e.received_at, e.status, e.replay_of,
                  e.route_version_ids, cardinality(e.route_version_ids) AS matched, ${exactTimestampSql('e.received_at')} AS cursor_at
             FROM events e WHERE ${where.join(' AND ')} ORDER BY e.received_at DESC, e.id DESC OFFSET 0) x) y
       ${outcomeFilter} LIMIT $${params.push(query.limit + 1)}`,
      params,
    );
    const toItem = (row: ListedRow) => ({
      id: row.id,
      type: row.type,
      source: row.source,
      severity: row.severity,
      subject: row.subject,
      timestamp: iso(row.timestamp),
      receivedAt: iso(row.received_at)!,
      outcome: row.outcome,
      status: row.status,
      replayOf: row.replay_of,
      matchedRouteCount: Number(row.matched),
    });
    return page(rows, query.limit, toItem, (row) => ({ at: row.cursor_at, id: row.id }));
  }

  async get(tenantId: string, id: string) {
    const [event]: EventRow[] = await this.db.query(
      `SELECT id, type, source, severity, subject, "timestamp", data, received_at, idempotency_key, route_version_ids, status, workflow_id,
              replay_of, ${eventOutcomeSql('e')} AS outcome
         FROM events e WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    if (!event) throw ApiError.notFound('Event', id);
    const versionIds = event.route_version_ids as string[];
    const [versions, outcomes, deliveries, replays] = await Promise.all([
      this.db.query(
        `SELECT v.id, v.route_id, v.version, r.name FROM route_versions v LEFT JOIN routes r ON r.id = v.route_id AND r.tenant_id = v.tenant_id
          WHERE v.tenant_id = $1 AND v.id = ANY($2)`,
        [tenantId, versionIds],
      ) as Promise<Array<{ id: string; route_id: string; version: number; name: string | null }>>,
      this.db.query(
        `SELECT route_version_id, node_id, node_type, outcome, reason, detail, recorded_at FROM node_outcomes
          WHERE tenant_id = $1 AND event_id = $2 ORDER BY recorded_at, node_id`,
        [tenantId, id],
      ) as Promise<OutcomeRow[]>,
      this.db.query(
        `SELECT id, route_id, route_version_id, node_id, channel_id, status, attempts, last_status_code, last_error, created_at, delivered_at, silence_id, mute_timing_id
           FROM deliveries WHERE tenant_id = $1 AND event_id = $2 ORDER BY created_at, id`,
        [tenantId, id],
      ) as Promise<DeliveryRow[]>,
      this.db.query(
        `SELECT id, received_at FROM events WHERE tenant_id = $1 AND replay_of = $2 ORDER BY received_at, id`,
        [tenantId, id],
      ) as Promise<Array<{ id: string; received_at: Date }>>,
    ]);
    const versionById = new Map(versions.map((v) => [v.id, v]));
    const outcomesFor = (versionId: string): NodeOutcomeView[] =>
      outcomes
        .filter((o) => o.route_version_id === versionId)
        .map((o) => ({ nodeId: o.node_id, nodeType: o.node_type, outcome: o.outcome, reason: o.reason, detail: o.detail, recordedAt: iso(o.recorded_at)! }));
    return {
      id: event.id,
      type: event.type,
      source: event.source,
      severity: event.severity,
      subject: event.subject,
      timestamp: iso(event.timestamp),
      data: event.data,
      receivedAt: iso(event.received_at),
      idempotencyKey: event.idempotency_key,
      outcome: event.outcome,
      status: event.status,
      replayOf: event.replay_of,
      replays: replays.map((r) => ({ id: r.id, receivedAt: iso(r.received_at)! })),
      workflowId: event.workflow_id,
      matchedRoutes: versionIds.map((versionId) => {
        const v = versionById.get(versionId);
        return { routeId: v?.route_id ?? null, name: v?.name ?? null, routeVersionId: versionId, version: v?.version ?? null, outcomes: outcomesFor(versionId) };
      }),
      deliveries: deliveries.map(
        (d): DeliverySummary => ({
          id: d.id, routeId: d.route_id, routeVersionId: d.route_version_id, nodeId: d.node_id, channelId: d.channel_id, status: d.status,
          attempts: d.attempts, lastStatusCode: d.last_status_code, lastError: d.last_error, createdAt: iso(d.created_at)!, deliveredAt: iso(d.delivered_at),
          silenceId: d.silence_id, muteTimingId: d.mute_timing_id,
        }),
      ),
    };
  }
}
