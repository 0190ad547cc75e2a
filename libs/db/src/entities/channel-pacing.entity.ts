import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per paced destination: every worker reserves its next send slot here atomically. */
@Entity('channel_pacing')
export class ChannelPacing {
  @PrimaryColumn('uuid', { name: 'channel_id' }) channelId: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('timestamptz', { name: 'next_slot' }) nextSlot: Date;
}
