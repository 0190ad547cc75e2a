import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No alert vanishes silently: a paused channel HOLDS deliveries (status `held`, found on resume through the existing (tenant, channel, created_at) index),
 * retries follow a per-channel schedule driven by the workflow (`next_attempt_at`, `max_attempts`), the
 * workflow that owns a delivery is recorded so the API can signal it (resume, cancel), and each channel
 * has one pacing row from which every worker reserves the next send slot.
 */
export class HeldPacedRetries1764200000000 implements MigrationInterface {
  name = 'HeldPacedRetries1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE deliveries ADD COLUMN next_attempt_at timestamptz, ADD COLUMN max_attempts integer, ADD COLUMN workflow_id text`);
    await db.query(`ALTER TABLE channels ADD COLUMN retry_policy jsonb, ADD COLUMN rate_per_second double precision`);
    await db.query(`CREATE TABLE channel_pacing (
      channel_id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      next_slot timestamptz NOT NULL,
      last_sent timestamptz)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE channel_pacing`);
    await db.query(`ALTER TABLE channels DROP COLUMN retry_policy, DROP COLUMN rate_per_second`);
    await db.query(`ALTER TABLE deliveries DROP COLUMN next_attempt_at, DROP COLUMN max_attempts, DROP COLUMN workflow_id`);
  }
}
