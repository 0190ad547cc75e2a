import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('delivery_attempts')
@Index('delivery_attempts_delivery_attempt', ['deliveryId', 'attempt'], { unique: true })
export class DeliveryAttempt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'delivery_id' }) deliveryId: string;
  @Column('int') attempt: number;
  /** `in_flight`: the request is leaving (written first, so a crash mid-request still shows the attempt); `interrupted`: it never got an answer recorded. */
  @Column('text') outcome: 'delivered' | 'retryable_error' | 'permanent_error' | 'in_flight' | 'interrupted';
  @Column('int', { name: 'status_code', nullable: true }) statusCode: number | null;
  @Column('int', { name: 'latency_ms' }) latencyMs: number;
  @Column('text', { nullable: true }) error: string | null;
  @Column('text', { name: 'response_excerpt', nullable: true }) responseExcerpt: string | null;
  @Column('timestamptz', { name: 'started_at' }) startedAt: Date;
}
