import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The events feed (`GET /v1/events`) filters by type or source and pages newest first; these indexes let
 * each filter walk its slice of the tenant's events in page order instead of the whole table. `replay_of`
 * links a replayed event to the one it was derived from.
 */
export class EventFeed1764300000000 implements MigrationInterface {
  name = 'EventFeed1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE events ADD COLUMN replay_of text`);
    await db.query(`CREATE INDEX events_tenant_type_received ON events (tenant_id, type, received_at DESC)`);
    await db.query(`CREATE INDEX events_tenant_source_received ON events (tenant_id, source, received_at DESC)`);
    await db.query(`CREATE INDEX events_tenant_replay_of ON events (tenant_id, replay_of) WHERE replay_of IS NOT NULL`);
    // Rare outcomes (throttled, failed, held) are found through these small partial indexes instead of
    // computing the outcome of every event in the range.
    await db.query(`CREATE INDEX node_outcomes_tenant_stopped ON node_outcomes (tenant_id, event_id) WHERE outcome IN ('throttled', 'failed')`);
    await db.query(`CREATE INDEX deliveries_tenant_unsent ON deliveries (tenant_id, event_id) WHERE status IN ('failed', 'held')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX deliveries_tenant_unsent`);
    await db.query(`DROP INDEX node_outcomes_tenant_stopped`);
    await db.query(`DROP INDEX events_tenant_replay_of`);
    await db.query(`DROP INDEX events_tenant_source_received`);
    await db.query(`DROP INDEX events_tenant_type_received`);
    await db.query(`ALTER TABLE events DROP COLUMN replay_of`);
  }
}
