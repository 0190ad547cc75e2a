import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Severity } from '@signalbox/route-model';
import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { exactTimestampSql, page } from '../common/cursor.codec.js';
import type { AlertView, ListAlertsQuery } from './alerts.contract.js';

interface AlertRow {
  id: string; fingerprint: string; status: 'open' | 'resolved'; type: string; source: string; severity: Severity; subject: string | null;
  opened_at: Date; resolved_at: Date | null; problem_event_id: string; recovery_event_id: string | null; last_event_id: string;
  last_event_at: Date; count: number; now: Date;
}

const COLUMNS = `id, fingerprint, status, type, source, severity, subject, opened_at, resolved_at, problem_event_id, recovery_event_id,
  last_event_id, last_event_at, count, now() AS now`;

/** Reads of the alerts table (written only by the worker's updateAlertState activity); tenant-scoped. */
@Injectable()
export class AlertsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(tenantId: string, query: ListAlertsQuery) {
    const params: unknown[] = [tenantId, query.status];
    const after = query.cursor
      ? `AND (opened_at, id) < ($${params.push(query.cursor.at)}::timestamptz, $${params.push(query.cursor.id)}::uuid)`
      : '';
    const rows: Array<AlertRow & { cursor_at: string }> = await this.db.query(
      `SELECT ${COLUMNS}, ${exactTimestampSql('opened_at')} AS cursor_at FROM alerts WHERE tenant_id = $1 AND status = $2 ${after}
        ORDER BY opened_at DESC, id DESC LIMIT $${params.push(query.limit + 1)}`,
      params,
    );
    return page(rows, query.limit, toView, (row) => ({ at: row.cursor_at, id: row.id }));
  }

  async get(tenantId: string, id: string): Promise<AlertView> {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const [row]: AlertRow[] = UUID.test(id) ? await this.db.query(`SELECT ${COLUMNS} FROM alerts WHERE tenant_id = $1 AND id = $2`, [tenantId, id]) : [];
    if (!row) throw ApiError.notFound('Alert', id);
    return toView(row);
  }
}

function toView(row: AlertRow): AlertView {
  const end = row.resolved_at ?? row.now;
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    status: row.status,
    type: row.type,
    source: row.source,
    severity: row.severity,
    subject: row.subject,
    openedAt: row.opened_at.toISOString(),
    resolvedAt: row.resolved_at ? row.resolved_at.toISOString() : null,
    durationMs: Math.max(0, end.getTime() - row.opened_at.getTime()),
    count: Number(row.count),
    problemEventId: row.problem_event_id,
    recoveryEventId: row.recovery_event_id,
    lastEventId: row.last_event_id,
    lastEventAt: row.last_event_at.toISOString(),
  };
}
