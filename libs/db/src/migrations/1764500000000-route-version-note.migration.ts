import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An optional note per published version ("raise the threshold"), shown in the editor's versions list. */
export class RouteVersionNote1764500000000 implements MigrationInterface {
  name = 'RouteVersionNote1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE route_versions ADD COLUMN note text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE route_versions DROP COLUMN note`);
  }
}
