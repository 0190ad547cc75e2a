import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Severity } from '@signalbox/route-model';

export type AlertStatus = 'open' | 'resolved';

/**
 * One alert: opened by a problem event, closed by its recovery (pairs in libs/route-model alert.rules.ts).
 * Written only by the worker's updateAlertState activity, with single atomic statements.
 */
@Entity('alerts')
@Index('alerts_open_fingerprint', ['tenantId', 'fingerprint'], { unique: true, where: "status = 'open'" })
@Index('alerts_tenant_status_opened', ['tenantId', 'status', 'openedAt', 'id'])
@Index('alerts_tenant_recovery_event', ['tenantId', 'recoveryEventId'], { where: 'recovery_event_id IS NOT NULL' })
@Check('alerts_status_check', "status IN ('open', 'resolved')")
export class AlertRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') fingerprint: string;
  @Column('text') status: AlertStatus;
  @Column('text') type: string;
  @Column('text') source: string;
  @Column('text') severity: Severity;
  @Column('text', { nullable: true }) subject: string | null;
  @Column('timestamptz', { name: 'opened_at' }) openedAt: Date;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column('text', { name: 'problem_event_id' }) problemEventId: string;
  @Column('text', { name: 'recovery_event_id', nullable: true }) recoveryEventId: string | null;
  @Column('text', { name: 'last_event_id' }) lastEventId: string;
  @Column('timestamptz', { name: 'last_event_at' }) lastEventAt: Date;
  @Column('integer', { default: 1 }) count: number;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}

/** A problem event an alert has counted (so a retry or a replay counts once). */
@Entity('alert_events')
export class AlertEventRecord {
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'alert_id' }) alertId: string;
  @PrimaryColumn('text', { name: 'event_id' }) eventId: string;
}
