import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disabled is not paused: a paused channel HOLDS its sends (someone will resume it), a disabled one (410 from
 * the destination, or nothing but failures for days) FAILS them at once with the reason, until someone enables
 * it. `disabled_at` doubles as the flag so the route editor's channel issues can read it without a join.
 */
export class ChannelDisabled1764700000000 implements MigrationInterface {
  name = 'ChannelDisabled1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE channels ADD COLUMN disabled_at timestamptz, ADD COLUMN disabled_reason text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE channels DROP COLUMN disabled_at, DROP COLUMN disabled_reason`);
  }
}
