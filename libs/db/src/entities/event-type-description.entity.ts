import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An admin's description of an event type, per tenant (the catalogue shows it beside built-in and seen types). */
@Entity('event_type_descriptions')
export class EventTypeDescription {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('text') type: string;
  @Column('text') description: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
