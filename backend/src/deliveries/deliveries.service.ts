import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Delivery, DeliveryAttempt } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { page } from '../common/cursor.codec.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import type { ListDeliveriesQuery } from './delivery.schemas.js';

const summary = (d: Delivery) => ({
  id: d.id, eventId: d.eventId, routeId: d.routeId, routeVersionId: d.routeVersionId, nodeId: d.nodeId, channelId: d.channelId,
  status: d.status, attempts: d.attempts, lastStatusCode: d.lastStatusCode, lastError: d.lastError,
  createdAt: d.createdAt.toISOString(), deliveredAt: d.deliveredAt?.toISOString() ?? null,
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
    if (query.cursor) qb.andWhere('(d.created_at, d.id) < (:at::timestamptz, :id::uuid)', { at: query.cursor.at, id: query.cursor.id });
    const rows = await qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').take(query.limit + 1).getMany();
    return page(rows.map(summary), query.limit, (d) => ({ at: d.createdAt, id: d.id }));
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
      attemptList: attempts.map((a) => ({
        attempt: a.attempt, outcome: a.outcome, statusCode: a.statusCode, latencyMs: a.latencyMs, error: a.error,
        responseExcerpt: a.responseExcerpt, startedAt: a.startedAt.toISOString(),
      })),
    };
  }
}
