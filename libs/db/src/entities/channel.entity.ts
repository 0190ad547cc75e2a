import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface ChannelTestOutcome {
  at: string;
  ok: boolean;
  statusCode?: number;
  latencyMs: number;
  error?: string;
}

@Entity('channels')
@Index('channels_tenant', ['tenantId', 'name'])
export class Channel {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { name: 'plugin_id' }) pluginId: string;
  /** Non-secret config only. */
  @Column('jsonb') config: Record<string, unknown>;
  /** The plugin's secret fields, AES-256-GCM encrypted as one JSON document (see secrets.cipher.ts). */
  @Column('text', { name: 'secrets_ciphertext', nullable: true }) secretsCiphertext: string | null;
  @Column('boolean', { default: false }) paused: boolean;
  /** Set by the worker (410, or only failures for too long); sends then fail with the reason until enabled. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
  @Column('text', { name: 'disabled_reason', nullable: true }) disabledReason: string | null;
  /** The current failing streak (written by the worker; reset by the first delivered send). */
  @Column('integer', { name: 'consecutive_failures', default: 0 }) consecutiveFailures: number;
  @Column('timestamptz', { name: 'failing_since', nullable: true }) failingSince: Date | null;
  /** signalbox.channel.failing was emitted for this streak (once per streak). */
  @Column('boolean', { name: 'failing_announced', default: false }) failingAnnounced: boolean;
  /** `{ delaysSeconds, jitter, maxRetryAfterSeconds }`; null = the worker's default (Svix-like) schedule. */
  @Column('jsonb', { name: 'retry_policy', nullable: true }) retryPolicy: Record<string, unknown> | null;
  /** Overrides the plugin's `limits.ratePerSecond` for this destination; null = the plugin's. */
  @Column('double precision', { name: 'rate_per_second', nullable: true }) ratePerSecond: number | null;
  /** The last Test of this channel from the UI or API: `{ at, ok, statusCode?, latencyMs, error? }` (never secrets). */
  @Column('jsonb', { name: 'last_test', nullable: true }) lastTest: ChannelTestOutcome | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
