import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared rate-limit counters, so every API replica draws from one budget per API key and per source address
 * (failed authentication). The first three columns are the layout rate-limiter-flexible's Postgres store writes
 * (positionally: key, points, expire in epoch ms). tenant_id stays null: a counter belongs to a key hash or an
 * address before any tenant is known, and holds no tenant data.
 */
export class RateLimits1764100000000 implements MigrationInterface {
  name = 'RateLimits1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint, tenant_id uuid)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limits`);
  }
}
