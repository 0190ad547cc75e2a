import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * `held`: waiting for its paused channel to resume (bounded by the worker's hold timeout).
 * `silenced` / `muted`: not sent because a silence / mute timing covered it (see silence_id, mute_timing_id).
 */
export type DeliveryStatus = 'pending' | 'retrying' | 'held' | 'delivered' | 'failed' | 'silenced' | 'muted';

/** One send node for one event: a series of attempts sharing one idempotency key. */
@Entity('deliveries')
@Index('deliveries_event_node', ['tenantId', 'eventId', 'routeVersionId', 'nodeId'], { unique: true })
@Index('deliveries_tenant_created', ['tenantId', 'createdAt'])
@Index('deliveries_tenant_channel', ['tenantId', 'channelId', 'createdAt'])
@Index('deliveries_tenant_route', ['tenantId', 'routeId', 'createdAt'])
@Index('deliveries_tenant_unsent', ['tenantId', 'eventId'], { where: "status IN ('failed', 'held')" })
export class Delivery {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text', { name: 'event_id' }) eventId: string;
  @Column('uuid', { name: 'route_id' }) routeId: string;
  @Column('uuid', { name: 'route_version_id' }) routeVersionId: string;
  @Column('text', { name: 'node_id' }) nodeId: string;
  @Column('uuid', { name: 'channel_id' }) channelId: string;
  @Column('text') status: DeliveryStatus;
  /** Sent to receivers as `webhook-id`, PagerDuty `dedup_key`, email `Message-ID`: stable across retries. */
  @Column('text', { name: 'idempotency_key' }) idempotencyKey: string;
  @Column('int', { default: 0 }) attempts: number;
  @Column('jsonb', { nullable: true }) message: Record<string, unknown> | null;
  @Column('int', { name: 'last_status_code', nullable: true }) lastStatusCode: number | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  /** While `retrying`: when the workflow's durable timer fires the next attempt. */
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  /** The retry policy's attempt budget for this delivery ("attempt N of M"). */
  @Column('int', { name: 'max_attempts', nullable: true }) maxAttempts: number | null;
  /** The workflow that owns this delivery: the API signals it to resume a hold or cancel a retry. */
  @Column('text', { name: 'workflow_id', nullable: true }) workflowId: string | null;
  /** `silenced`: the silence that matched the event when the send was due. */
  @Column('uuid', { name: 'silence_id', nullable: true }) silenceId: string | null;
  /** `muted`: the send node's mute timing whose window covered that moment. */
  @Column('uuid', { name: 'mute_timing_id', nullable: true }) muteTimingId: string | null;
}
