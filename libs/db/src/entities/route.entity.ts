import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RouteGraph } from '@signalbox/route-model';

/** `archived`: deleted by the user after it ran; kept because events reference its versions. */
export type RouteStatus = 'draft' | 'published' | 'disabled' | 'archived';

@Entity('routes')
@Index('routes_tenant', ['tenantId', 'updatedAt'])
export class Route {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { default: '' }) description: string;
  @Column('text') status: RouteStatus;
  /** The editable graph. Publishing freezes a copy into route_versions. */
  @Column('jsonb', { name: 'draft_graph' }) draftGraph: RouteGraph;
  @Column('int', { name: 'published_version', nullable: true }) publishedVersion: number | null;
  @Column('uuid', { name: 'published_version_id', nullable: true }) publishedVersionId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
