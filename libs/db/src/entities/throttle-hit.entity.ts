import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One event seen by one throttle node under one key. Decisions are stored, so a retried activity
 * returns the same answer, and made under a per-key advisory lock, so concurrent workers agree.
 */
@Entity('throttle_hits')
@Index('throttle_hits_event', ['tenantId', 'scope', 'throttleKey', 'eventId'], { unique: true })
@Index('throttle_hits_window', ['tenantId', 'scope', 'throttleKey', 'seenAt'])
export class ThrottleHit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  /** route id + node id: limits survive publishing a new version of the same route. */
  @Column('text') scope: string;
  @Column('text', { name: 'throttle_key' }) throttleKey: string;
  @Column('text', { name: 'event_id' }) eventId: string;
  @Column('timestamptz', { name: 'seen_at' }) seenAt: Date;
  @Column('boolean') allowed: boolean;
}
