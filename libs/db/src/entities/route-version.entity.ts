import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RouteGraph } from '@signalbox/route-model';

/** An immutable snapshot of a route's graph. Events reference versions, never the mutable route. */
@Entity('route_versions')
@Index('route_versions_route_version', ['routeId', 'version'], { unique: true })
export class RouteVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'route_id' }) routeId: string;
  @Column('int') version: number;
  @Column('jsonb') graph: RouteGraph;
  @Column('text', { name: 'trigger_types', array: true }) triggerTypes: string[];
  /** Why this version was published, as the admin wrote it (optional). */
  @Column('text', { nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
