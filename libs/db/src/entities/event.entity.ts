import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Severity } from '@signalbox/route-model';

/** `matching`: emitted by the worker (signalbox.*), routes not matched yet — the API's dispatcher does that. */
export type EventStatus = 'matching' | 'accepted' | 'routed' | 'unmatched';

/** An accepted event. The primary key (tenant, id) is what makes a retried POST idempotent. */
@Entity('events')
@Index('events_tenant_received', ['tenantId', 'receivedAt'])
@Index('events_pending_dispatch', ['taskQueue', 'receivedAt'], { where: "status = 'accepted'" })
@Index('events_tenant_type_received', ['tenantId', 'type', 'receivedAt'])
@Index('events_tenant_source_received', ['tenantId', 'source', 'receivedAt'])
@Index('events_tenant_replay_of', ['tenantId', 'replayOf'], { where: 'replay_of IS NOT NULL' })
@Index('events_tenant_idempotency_key', ['tenantId', 'idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
export class EventRecord {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('text') id: string;
  @Column('text') type: string;
  @Column('text') source: string;
  @Column('text') severity: Severity;
  @Column('text', { nullable: true }) subject: string | null;
  @Column('timestamptz') timestamp: Date;
  @Column('jsonb') data: Record<string, unknown>;
  @Column('timestamptz', { name: 'received_at' }) receivedAt: Date;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  /** Published route versions matched at ingest; the event runs against exactly these. */
  @Column('uuid', { name: 'route_version_ids', array: true }) routeVersionIds: string[];
  @Column('text') status: EventStatus;
  @Column('text', { name: 'workflow_id', nullable: true }) workflowId: string | null;
  /** The Temporal task queue it was accepted for; `accepted` rows are the dispatcher's outbox. */
  @Column('text', { name: 'task_queue', nullable: true }) taskQueue: string | null;
  /** The event this one replays (POST /v1/events/:id/replay); null for events as sent. */
  @Column('text', { name: 'replay_of', nullable: true }) replayOf: string | null;
}
