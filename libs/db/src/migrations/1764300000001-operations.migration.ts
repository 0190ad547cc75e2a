import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk resends and replays are recorded: who asked, when, with which filter, and what was started. The
 * unique (tenant, kind, idempotency key) makes a repeated request answer with the first one's record.
 */
export class Operations1764300000001 implements MigrationInterface {
  name = 'Operations1764300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE operations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      kind text NOT NULL,
      idempotency_key text NOT NULL,
      actor text NOT NULL,
      request jsonb NOT NULL,
      targets text[] NOT NULL,
      result jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz)`);
    await db.query(`CREATE UNIQUE INDEX operations_tenant_kind_key ON operations (tenant_id, kind, idempotency_key)`);
    await db.query(`CREATE INDEX operations_tenant_created ON operations (tenant_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE operations`);
  }
}
