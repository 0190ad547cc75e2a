import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NodeOutcome } from '@signalbox/route-model';

/** What one node did for one event on one route version. Unique so activity retries overwrite, not duplicate. */
@Entity('node_outcomes')
@Index('node_outcomes_event_node', ['tenantId', 'eventId', 'routeVersionId', 'nodeId'], { unique: true })
@Index('node_outcomes_tenant_stopped', ['tenantId', 'eventId'], { where: "outcome IN ('throttled', 'failed')" })
export class NodeOutcomeRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text', { name: 'event_id' }) eventId: string;
  @Column('uuid', { name: 'route_version_id' }) routeVersionId: string;
  @Column('text', { name: 'node_id' }) nodeId: string;
  @Column('text', { name: 'node_type' }) nodeType: string;
  @Column('text') outcome: NodeOutcome;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('jsonb', { nullable: true }) detail: Record<string, unknown> | null;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
}
