import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OperationKind = 'bulk_resend' | 'replay';

/** A recorded bulk action (bulk resend, replay): who, when, what was asked, and what it started. */
@Entity('operations')
@Index('operations_tenant_kind_key', ['tenantId', 'kind', 'idempotencyKey'], { unique: true })
@Index('operations_tenant_created', ['tenantId', 'createdAt'])
export class Operation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') kind: OperationKind;
  @Column('text', { name: 'idempotency_key' }) idempotencyKey: string;
  /** The API key that asked (its name and prefix, never the key). */
  @Column('text') actor: string;
  @Column('jsonb') request: Record<string, unknown>;
  /** The ids selected when the request was first made (deliveries or events); a repeat works on the same set. */
  @Column('text', { array: true }) targets: string[];
  @Column('jsonb', { nullable: true }) result: Record<string, unknown> | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt: Date | null;
}
