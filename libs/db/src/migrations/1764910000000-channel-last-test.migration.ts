import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome of the last Test of a saved channel (`{ at, ok, statusCode?, latencyMs, error? }`), so the
 * channel list's Health reflects a test the admin just ran, not only routed deliveries.
 */
export class ChannelLastTest1764910000000 implements MigrationInterface {
  name = 'ChannelLastTest1764910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE channels ADD COLUMN last_test jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE channels DROP COLUMN last_test`);
  }
}
