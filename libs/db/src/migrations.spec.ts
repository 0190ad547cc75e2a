import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from './data-source.js';

// Runs every migration up and back down on a database of its own, against the real Postgres.
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `signalbox_migrations_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
});
afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe('migrations', () => {
  it('create every table with a tenant_id, and undo cleanly', async () => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const ds = createDataSource({ url: url.toString(), poolSize: 1 });
    await ds.initialize();
    await ds.runMigrations();
    const tables: Array<{ table_name: string }> = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(10);
    const withoutTenant: Array<{ table_name: string }> = await ds.query(`
      SELECT t.table_name FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_name <> 'migrations' AND NOT EXISTS (
        SELECT 1 FROM information_schema.columns c
        WHERE c.table_name = t.table_name AND c.column_name = 'tenant_id')`);
    expect(withoutTenant).toEqual([]);
    // The entities must describe what the migrations built. Foreign keys live only in the schema
    // (entities do not map relations), so the builder's wish to drop them is not drift.
    const drift = (await ds.driver.createSchemaBuilder().log()).upQueries
      .map((q) => q.query)
      .filter((q) => !/DROP CONSTRAINT "\w+_fkey"$/.test(q));
    expect(drift).toEqual([]);

    while ((await ds.query(`SELECT count(*)::int AS n FROM migrations`))[0].n > 0) await ds.undoLastMigration();
    const left = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    expect(left).toEqual([]);
    await ds.destroy();
  });
});
