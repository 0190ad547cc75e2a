import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Operation } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { OperationStore } from '../events/operation.store.js';
import { deliveryErrorClassSql } from './delivery-error-class.sql.js';
import type { BulkResendInput } from './delivery.schemas.js';
import { DeliveryResendService } from './delivery.resend.service.js';

/**
 * Dead letters, resent in bulk through the single-delivery resend (workflow `resendDelivery`). Selected:
 * failed deliveries whose send was never delivered since (a send resent successfully is no dead letter),
 * one per send — its newest failed row — so a send that failed twice goes once more, not twice.
 * Each resend is keyed `op-<operation id>`, so repeating the operation starts nothing new.
 */
@Injectable()
export class DeliveryBulkResendService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly resends: DeliveryResendService,
    private readonly operations: OperationStore,
  ) {}

  resendFailed(tenantId: string, filter: BulkResendInput, idempotencyKey: string | undefined, actor: string) {
    return this.operations.run(tenantId, {
      kind: 'bulk_resend', idempotencyKey, actor, request: { ...filter },
      selectTargets: () => this.select(tenantId, filter),
      work: (op) => this.resendAll(tenantId, op),
    });
  }

  private async select(tenantId: string, f: BulkResendInput): Promise<string[]> {
    const params: unknown[] = [tenantId];
    const where = [`d.tenant_id = $1`, `d.status = 'failed'`];
    if (f.channelId) where.push(`d.channel_id = $${params.push(f.channelId)}`);
    if (f.routeId) where.push(`d.route_id = $${params.push(f.routeId)}`);
    if (f.since) where.push(`d.created_at >= $${params.push(f.since)}::timestamptz`);
    if (f.until) where.push(`d.created_at < $${params.push(f.until)}::timestamptz`);
    if (f.errorClass) where.push(`${deliveryErrorClassSql('d')} = $${params.push(f.errorClass)}`);
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM (
         SELECT DISTINCT ON (d.event_id, d.route_version_id, split_part(d.node_id, '#', 1)) d.id, d.created_at
           FROM deliveries d
          WHERE ${where.join(' AND ')}
            AND NOT EXISTS (SELECT 1 FROM deliveries s WHERE s.tenant_id = d.tenant_id AND s.event_id = d.event_id
                              AND s.route_version_id = d.route_version_id AND split_part(s.node_id, '#', 1) = split_part(d.node_id, '#', 1)
                              AND s.status IN ('delivered', 'pending', 'retrying'))
          ORDER BY d.event_id, d.route_version_id, split_part(d.node_id, '#', 1), d.created_at DESC) newest
        ORDER BY created_at DESC, id DESC LIMIT $${params.push(f.limit)}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  private async resendAll(tenantId: string, op: Operation) {
    const started = [];
    const skipped = [];
    for (const id of op.targets) {
      try {
        started.push(await this.resends.resend(tenantId, id, `op-${op.id}`));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        skipped.push({ deliveryId: id, reason: error.message });
      }
    }
    return { started, skipped };
  }
}
