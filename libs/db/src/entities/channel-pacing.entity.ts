import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per paced destination: every worker reserves its next send slot here atomically. */
@Entity('channel_pacing')
export class ChannelPacing {
  @PrimaryColumn('uuid', { name: 'channel_id' }) channelId: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  /** The next free slot a send may reserve (workflows sleep until their slot on a durable timer). */
  @Column('timestamptz', { name: 'next_slot' }) nextSlot: Date;
  /** When the latest send was cleared to leave: actual sends stay an interval apart even if a workflow woke late. */
  @Column('timestamptz', { name: 'last_sent', nullable: true }) lastSent: Date | null;
}
