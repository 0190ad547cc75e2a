import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbound sources: another tool's native webhook posted to `/v1/hooks/:sourceId`. The signing secret and the
 * path token are stored encrypted (SecretsCipher), with only a masked hint in clear. Rejected deliveries (bad
 * signature, bad token, unmappable body) are kept per source so an admin can see why a tool's alerts are missing.
 */
export class Sources1764600000000 implements MigrationInterface {
  name = 'Sources1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE sources (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      preset text NOT NULL,
      name text NOT NULL,
      secrets_ciphertext text NOT NULL,
      secret_hint text,
      severity_overrides jsonb NOT NULL DEFAULT '{}',
      mapping text,
      last_received_at timestamptz,
      last_rejected_at timestamptz,
      last_rejection_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX sources_tenant ON sources (tenant_id, created_at)`);
    await db.query(`CREATE TABLE source_rejections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants(tenant_id) ON DELETE CASCADE,
      source_id uuid NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      status integer NOT NULL,
      reason text NOT NULL,
      remote_address text,
      received_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX source_rejections_source ON source_rejections (tenant_id, source_id, received_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE source_rejections`);
    await db.query(`DROP TABLE sources`);
  }
}
