import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Silences (Alertmanager matchers on event fields, a start and an end, who and why) and mute timings (weekly
 * windows in a time zone, named by send nodes). A send they stop still gets its delivery row, with status
 * `silenced` or `muted` and the silence / mute timing that did it, so the deliveries log says why nothing left.
 * No foreign keys from deliveries: a delivery keeps naming the silence even after someone deletes a mute timing.
 */
export class Silences1764800000000 implements MigrationInterface {
  name = 'Silences1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE silences (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      matchers jsonb NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      created_by text NOT NULL,
      comment text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT silences_ends_after_start CHECK (ends_at >= starts_at))`);
    // The worker asks "which silences of this tenant are not over yet" on every send.
    await db.query(`CREATE INDEX silences_tenant_ends ON silences (tenant_id, ends_at)`);
    await db.query(`CREATE TABLE mute_timings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      name text NOT NULL,
      time_zone text NOT NULL,
      intervals jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX mute_timings_tenant_name ON mute_timings (tenant_id, lower(name))`);
    await db.query(`ALTER TABLE deliveries ADD COLUMN silence_id uuid, ADD COLUMN mute_timing_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE deliveries DROP COLUMN silence_id, DROP COLUMN mute_timing_id`);
    await db.query(`DROP TABLE mute_timings`);
    await db.query(`DROP TABLE silences`);
  }
}
