import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RouteGraph } from '@signalbox/route-model';

/** `archived`: deleted by the user after it ran; kept because events reference its versions. */
export type RouteStatus = 'draft' | 'published' | 'disabled' | 'archived';

/** What a channel's subscriptions page saved; the generated route's graph is made from it. */
export interface RouteSubscription {
  eventTypes: string[];
  minSeverity: string | null;
}

@Entity('routes')
@Index('routes_tenant', ['tenantId', 'updatedAt'])
@Index('routes_subscription_channel', ['tenantId', 'subscriptionChannelId'], { unique: true, where: "subscription_channel_id IS NOT NULL AND status <> 'archived'" })
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
  /** Set on the route generated from this channel's subscriptions (edited there, not in the editor). */
  @Column('uuid', { name: 'subscription_channel_id', nullable: true }) subscriptionChannelId: string | null;
  @Column('jsonb', { nullable: true }) subscription: RouteSubscription | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
