import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alert state: one row per alert (a fingerprint's problem until its recovery). At most one OPEN alert per
 * fingerprint (the partial unique index), so concurrent workers opening the same alert meet in
 * `INSERT … ON CONFLICT` instead of in memory; a later problem after the recovery opens a new row.
 * Times are the events' own timestamps (when it happened), so a duration is problem → recovery as they occurred.
 */
export class Alerts1764810000000 implements MigrationInterface {
  name = 'Alerts1764810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE alerts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      fingerprint text NOT NULL,
      status text NOT NULL,
      type text NOT NULL,
      source text NOT NULL,
      severity text NOT NULL,
      subject text,
      opened_at timestamptz NOT NULL,
      resolved_at timestamptz,
      problem_event_id text NOT NULL,
      recovery_event_id text,
      last_event_id text NOT NULL,
      last_event_at timestamptz NOT NULL,
      count integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT alerts_status_check CHECK (status IN ('open', 'resolved')))`);
    await db.query(`CREATE UNIQUE INDEX alerts_open_fingerprint ON alerts (tenant_id, fingerprint) WHERE status = 'open'`);
    await db.query(`CREATE INDEX alerts_tenant_status_opened ON alerts (tenant_id, status, opened_at DESC, id DESC)`);
    await db.query(`CREATE INDEX alerts_tenant_recovery_event ON alerts (tenant_id, recovery_event_id) WHERE recovery_event_id IS NOT NULL`);
    // Which problem events an alert has counted: a retried activity (or an event replayed) is counted once,
    // whichever worker's statement commits first.
    await db.query(`CREATE TABLE alert_events (
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      alert_id uuid NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
      event_id text NOT NULL,
      PRIMARY KEY (alert_id, event_id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE alert_events`);
    await db.query(`DROP TABLE alerts`);
  }
}
