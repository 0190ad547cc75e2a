import { createHash } from 'node:crypto';
import { Context } from '@temporalio/activity';
import type { DataSource } from 'typeorm';

export interface InternalEvent {
  /** What makes this occurrence unique (delivery id, channel + streak start): a retried activity emits it once. */
  key: string;
  type: 'signalbox.delivery.failed' | 'signalbox.channel.failing' | 'signalbox.channel.disabled' | 'signalbox.channel.recovered';
  severity: 'info' | 'high' | 'critical';
  subject: string;
  data: Record<string, unknown>;
}

/** A stable uuid-shaped id from the occurrence key, so the outbox's primary key makes the emit idempotent. */
export function internalEventId(tenantId: string, key: string): string {
  const h = createHash('sha256').update(`${tenantId}\0${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Signalbox's own happenings go through the same outbox as `POST /v1/events`. They are inserted `matching`
 * with no routes: the API's dispatcher matches them against its route index (the one truth about which
 * published routes exist) and then starts the ordinary routeEvent workflow, so they route like any event.
 */
export async function emitInternalEvent(dataSource: DataSource, tenantId: string, e: InternalEvent): Promise<void> {
  const taskQueue = Context.current().info.taskQueue;
  await dataSource.query(
    `INSERT INTO events (tenant_id, id, type, source, severity, subject, "timestamp", data, received_at, route_version_ids, status, task_queue)
     VALUES ($1, $2, $3, 'signalbox', $4, $5, now(), $6, now(), '{}', 'matching', $7) ON CONFLICT DO NOTHING`,
    [tenantId, internalEventId(tenantId, e.key), e.type, e.severity, e.subject.slice(0, 500), JSON.stringify({ title: e.subject, ...e.data }), taskQueue],
  );
}
