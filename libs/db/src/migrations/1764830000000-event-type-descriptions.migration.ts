import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an admin wrote about an event type (PUT /v1/event-types/:type/description), per tenant. The types seen in
 * traffic themselves need no table: GET /v1/event-types reads them from `events` through the existing
 * `events_tenant_type_received (tenant_id, type, received_at DESC)` index, so ingest writes nothing more.
 */
export class EventTypeDescriptions1764830000000 implements MigrationInterface {
  name = 'EventTypeDescriptions1764830000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE event_type_descriptions (
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      type text NOT NULL,
      description text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, type))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event_type_descriptions`);
  }
}
