import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cancelDeliveryRetry } from '@signalbox/temporal';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import { TEMPORAL_CLIENT } from '../temporal-client/temporal.tokens.js';

/**
 * `POST /v1/deliveries/:id/cancel`: signals the workflow waiting to retry (or holding) the delivery; it stops
 * waiting and records the delivery `failed` with the reason. Asynchronous: the row changes a moment later.
 */
@Injectable()
export class DeliveryCancelService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  async cancel(tenantId: string, id: string, reason?: string) {
    if (!UUID_PATTERN.test(id)) throw ApiError.notFound('Delivery', id);
    const outcome = await cancelDeliveryRetry(this.db, this.client, tenantId, id, reason ? `retry cancelled: ${reason}` : undefined);
    if (outcome === 'not_found') throw ApiError.notFound('Delivery', id);
    if (outcome === 'not_cancellable') throw new ApiError(409, `Delivery "${id}" is not waiting for a retry or held; only those can be cancelled`);
    return { id, cancelled: true as const };
  }
}
