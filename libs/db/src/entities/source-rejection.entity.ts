import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One refused delivery to a source (bad signature or token, unmappable body), shown to admins. */
@Entity('source_rejections')
@Index('source_rejections_source', ['tenantId', 'sourceId', 'receivedAt'])
export class SourceRejection {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'source_id' }) sourceId: string;
  @Column('integer') status: number;
  @Column('text') reason: string;
  @Column('text', { name: 'remote_address', nullable: true }) remoteAddress: string | null;
  @Column('timestamptz', { name: 'received_at', default: () => 'now()' }) receivedAt: Date;
}
