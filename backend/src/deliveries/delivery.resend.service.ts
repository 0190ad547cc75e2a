import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { Delivery } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { UUID_PATTERN } from '../routes/route.schemas.js';
import { TEMPORAL_CLIENT } from '../temporal-client/temporal.tokens.js';
import { RESEND_MARK, resendNodeId, rootNodeId } from './delivery.resend.ids.js';

/** The worker's workflow type (temporal/src/workflows/resend-delivery.workflow.ts); its input mirrors ResendDeliveryInput. */
const RESEND_DELIVERY_WORKFLOW = 'resendDelivery';
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export interface ResendAccepted {
  workflowId: string;
  eventId: string;
  /** The new delivery's node id, `<node>#resend-<n>`: filter the log by event to find its row. */
  nodeId: string;
  resendOf: string;
}

/**
 * `POST /v1/deliveries/:id/resend`: the stored message of a settled delivery, once more, to the same channel.
 * n counts earlier resends of the same send; with an Idempotency-Key the key takes n's place, so a retried
 * click answers with the workflow it already started instead of sending again.
 */
@Injectable()
export class DeliveryResendService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async resend(tenantId: string, id: string, idempotencyKey?: string): Promise<ResendAccepted> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw ApiError.badRequest('Idempotency-Key must be 1-64 characters of letters, digits, "_" or "-"', [{ path: 'headers.idempotency-key', message: 'invalid' }]);
    }
    const original = UUID_PATTERN.test(id) ? await this.db.getRepository(Delivery).findOneBy({ tenantId, id }) : null;
    if (!original) throw ApiError.notFound('Delivery', id);
    if (original.status === 'pending' || original.status === 'retrying' || original.status === 'held') {
      throw new ApiError(409, `Delivery "${id}" is still ${original.status}; resend it once it has delivered or failed`);
    }
    if (!original.message) throw new ApiError(409, `Delivery "${id}" has no stored message to resend`);
    const [channel] = await this.db.query('SELECT 1 FROM channels WHERE tenant_id = $1 AND id = $2', [tenantId, original.channelId]);
    if (!channel) throw new ApiError(409, `The channel of delivery "${id}" no longer exists`);

    const root = rootNodeId(original.nodeId);
    const n = idempotencyKey ?? String(await this.resendCount(tenantId, original, root) + 1);
    const nodeId = resendNodeId(root, n);
    const workflowId = `resend:${tenantId}:${original.id}:${n}`;
    const accepted = { workflowId, eventId: original.eventId, nodeId, resendOf: original.id };
    try {
      await this.client.workflow.start(RESEND_DELIVERY_WORKFLOW, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [{ tenantId, eventId: original.eventId, routeId: original.routeId, routeVersionId: original.routeVersionId, nodeId, channelId: original.channelId, message: original.message }],
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      // Same key: the click was already honoured. Without a key: a concurrent click took this n first.
      if (idempotencyKey === undefined) throw new ApiError(409, 'Another resend of this delivery started at the same moment; try again');
    }
    return accepted;
  }

  private async resendCount(tenantId: string, original: Delivery, root: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM deliveries WHERE tenant_id = $1 AND event_id = $2 AND route_version_id = $3 AND starts_with(node_id, $4)`,
      [tenantId, original.eventId, original.routeVersionId, `${root}${RESEND_MARK}`],
    );
    return (row as { n: number }).n;
  }
}
