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
    // The current failing streak (settled deliveries that failed in a row), for signalbox.channel.failing /
    // recovered and the time-based auto-disable; reset by the first delivered send.
    await db.query(`ALTER TABLE channels ADD COLUMN consecutive_failures integer NOT NULL DEFAULT 0, ADD COLUMN failing_since timestamptz,
      ADD COLUMN failing_announced boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE channels DROP COLUMN consecutive_failures, DROP COLUMN failing_since, DROP COLUMN failing_announced`);
    await db.query(`ALTER TABLE channels DROP COLUMN disabled_at, DROP COLUMN disabled_reason`);
  }
}
