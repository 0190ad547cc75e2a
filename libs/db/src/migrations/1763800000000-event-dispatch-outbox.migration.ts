import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events become an outbox: ingest answers once the row is committed, and the API's dispatcher starts the
 * workflow. The row keeps the task queue it was accepted for, so each deployment dispatches only its own.
 */
export class EventDispatchOutbox1763800000000 implements MigrationInterface {
  name = 'EventDispatchOutbox1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE events ADD COLUMN task_queue text`);
    await db.query(`CREATE INDEX events_pending_dispatch ON events (task_queue, received_at) WHERE status = 'accepted'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX events_pending_dispatch`);
    await db.query(`ALTER TABLE events DROP COLUMN task_queue`);
  }
}
