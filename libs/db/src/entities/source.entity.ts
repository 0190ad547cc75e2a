import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An inbound endpoint for another tool's native webhook (see backend/src/sources). */
@Entity('sources')
@Index('sources_tenant', ['tenantId', 'createdAt'])
export class Source {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  /** Preset id (`nemo-router`, `alertmanager`, `custom`, …): how the body is verified and mapped. */
  @Column('text') preset: string;
  @Column('text') name: string;
  /** `{ signingSecret?, pathToken }` encrypted with SecretsCipher; never returned. */
  @Column('text', { name: 'secrets_ciphertext' }) secretsCiphertext: string;
  /** Masked signing secret (`••••abcd`) for the UI. */
  @Column('text', { name: 'secret_hint', nullable: true }) secretHint: string | null;
  /** Lower-cased source severity word → Signalbox severity; wins over the built-in table. */
  @Column('jsonb', { name: 'severity_overrides', default: {} }) severityOverrides: Record<string, string>;
  /** JSONata expression of a custom source. */
  @Column('text', { nullable: true }) mapping: string | null;
  @Column('timestamptz', { name: 'last_received_at', nullable: true }) lastReceivedAt: Date | null;
  @Column('timestamptz', { name: 'last_rejected_at', nullable: true }) lastRejectedAt: Date | null;
  @Column('text', { name: 'last_rejection_reason', nullable: true }) lastRejectionReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
