import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recoveries that arrived before their problem. Events of one alert run as separate workflows on any number of
 * workers, so a recovery can be processed first (its problem was retried, or waited in a backlog). Such a recovery
 * is kept here; the problem that occurred before it then opens its alert already resolved, instead of leaving an
 * alert open that nothing will close. A row is consumed by that problem, or purged by retention.
 */
export class AlertEarlyRecoveries1764820000000 implements MigrationInterface {
  name = 'AlertEarlyRecoveries1764820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE alert_early_recoveries (
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      fingerprint text NOT NULL,
      recovery_event_id text NOT NULL,
      recovered_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, fingerprint, recovery_event_id))`);
    await db.query(`CREATE INDEX alert_early_recoveries_age ON alert_early_recoveries (tenant_id, recovered_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE alert_early_recoveries`);
  }
}
