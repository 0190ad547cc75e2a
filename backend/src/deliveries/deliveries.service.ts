import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Delivery, DeliveryAttempt, EventRecord, Route } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { exactTimestampSql, page } from '../common/cursor.codec.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import { deliveryErrorClassSql, type DeliveryErrorClass } from './delivery-error-class.sql.js';
import { resendOfNode } from './delivery.resend.ids.js';
import type { ListDeliveriesQuery } from './delivery.schemas.js';

type LogJoin = { e_type: string | null; e_subject: string | null; r_name: string | null; error_class: DeliveryErrorClass | null; cursor_at: string };

const summary = (d: Delivery) => ({
  id: d.id, eventId: d.eventId, routeId: d.routeId, routeVersionId: d.routeVersionId, nodeId: d.nodeId, channelId: d.channelId,
  status: d.status, attempts: d.attempts, lastStatusCode: d.lastStatusCode, lastError: d.lastError,
  createdAt: d.createdAt.toISOString(), deliveredAt: d.deliveredAt?.toISOString() ?? null,
  silenceId: d.silenceId, muteTimingId: d.muteTimingId,
});

/** The deliveries log: newest first, keyset-paginated on (created_at, id). */
@Injectable()
export class DeliveriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(tenantId: string, query: ListDeliveriesQuery) {
    const qb = this.db.getRepository(Delivery).createQueryBuilder('d').where('d.tenant_id = :tenantId', { tenantId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.routeId) qb.andWhere('d.route_id = :routeId', { routeId: query.routeId });
    if (query.channelId) qb.andWhere('d.channel_id = :channelId', { channelId: query.channelId });
    if (query.eventId) qb.andWhere('d.event_id = :eventId', { eventId: query.eventId });
    if (query.since) qb.andWhere('d.created_at >= :since', { since: query.since });
    if (query.until) qb.andWhere('d.created_at < :until', { until: query.until });
    if (query.errorClass) qb.andWhere(`d.status = 'failed' AND ${deliveryErrorClassSql('d')} = :errorClass`, { errorClass: query.errorClass });
    if (query.cursor) qb.andWhere('(d.created_at, d.id) < (:at::timestamptz, :id::uuid)', { at: query.cursor.at, id: query.cursor.id });
    // The log reads by what happened ("deploy.failure via Service alerts"), not by ids: one join, one row per delivery.
    qb.leftJoin(EventRecord, 'e', 'e.tenant_id = d.tenant_id AND e.id = d.event_id')
      .leftJoin(Route, 'r', 'r.tenant_id = d.tenant_id AND r.id = d.route_id')
      .addSelect(['e.type', 'e.subject', 'r.name'])
      .addSelect(`CASE WHEN d.status = 'failed' THEN ${deliveryErrorClassSql('d')} END`, 'error_class')
      .addSelect(exactTimestampSql('d.created_at'), 'cursor_at');
    const { entities, raw } = await qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').limit(query.limit + 1).getRawAndEntities<LogJoin>();
    const rows = entities.map((d, i) => ({ d, joined: raw[i] }));
    const toItem = ({ d, joined }: (typeof rows)[number]) => ({
      ...summary(d),
      eventType: joined?.e_type ?? null, eventSubject: joined?.e_subject ?? null, routeName: joined?.r_name ?? null,
      resendOf: resendOfNode(d.nodeId),
      errorClass: joined?.error_class ?? null,
    });
    return page(rows, query.limit, toItem, ({ d, joined }) => ({ at: joined!.cursor_at, id: d.id }));
  }

  async get(tenantId: string, id: string) {
    const delivery = UUID_PATTERN.test(id) ? await this.db.getRepository(Delivery).findOneBy({ tenantId, id }) : null;
    if (!delivery) throw ApiError.notFound('Delivery', id);
    const attempts = await this.db.getRepository(DeliveryAttempt).find({ where: { tenantId, deliveryId: delivery.id }, order: { attempt: 'ASC' } });
    return {
      ...summary(delivery),
      idempotencyKey: delivery.idempotencyKey,
      message: delivery.message,
      updatedAt: delivery.updatedAt.toISOString(),
      maxAttempts: delivery.maxAttempts,
      nextAttemptAt: delivery.status === 'retrying' ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
      cancellable: (delivery.status === 'retrying' || delivery.status === 'held') && delivery.workflowId !== null,
      attemptList: attempts.map((a) => ({
        attempt: a.attempt, outcome: a.outcome, statusCode: a.statusCode, latencyMs: a.latencyMs, error: a.error,
        responseExcerpt: a.responseExcerpt, startedAt: a.startedAt.toISOString(),
      })),
    };
  }
}
