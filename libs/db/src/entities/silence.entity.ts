import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SilenceMatcher, WeeklyInterval } from '@signalbox/route-model';

/** Stops sends of matching events between startsAt and endsAt (Alertmanager semantics; see libs/route-model silence.*). */
@Entity('silences')
@Index('silences_tenant_ends', ['tenantId', 'endsAt'])
@Check('silences_ends_after_start', '"ends_at" >= "starts_at"')
export class Silence {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('jsonb') matchers: SilenceMatcher[];
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  /** Expiring sets this to now; extending moves it later. */
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('text', { name: 'created_by' }) createdBy: string;
  @Column('text') comment: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Recurring weekly windows in a time zone; a send node naming it is muted inside them. */
@Entity('mute_timings')
// Unique per tenant, case-insensitively: an expression index (lower(name)) the migration owns.
@Index('mute_timings_tenant_name', { synchronize: false })
export class MuteTiming {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('jsonb') intervals: WeeklyInterval[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
