import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A route generated from a channel's subscriptions (the channel's "which events go here" page): the channel it
 * belongs to and what was ticked. One live generated route per channel; a deleted (archived) one may be replaced.
 */
export class RouteSubscriptions1764900000000 implements MigrationInterface {
  name = 'RouteSubscriptions1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE routes ADD COLUMN subscription_channel_id uuid, ADD COLUMN subscription jsonb`);
    await db.query(
      `CREATE UNIQUE INDEX routes_subscription_channel ON routes (tenant_id, subscription_channel_id)
        WHERE subscription_channel_id IS NOT NULL AND status <> 'archived'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX routes_subscription_channel`);
    await db.query(`ALTER TABLE routes DROP COLUMN subscription, DROP COLUMN subscription_channel_id`);
  }
}
