import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDataSource } from '../../libs/db/src/index.js';
import { startTemporalDevServer } from '../../launcher/src/temporal-dev-server.js';

/**
 * Runs once per `vitest run`: one Temporal dev server and one freshly migrated database shared by
 * every test file (tests isolate themselves by tenant). Addresses reach the test workers via env.
 */
export default async function setup() {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const database = `signalbox_test_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();

  const dataSource = createDataSource({ url: process.env.DATABASE_URL, poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  const temporal = await startTemporalDevServer();
  process.env.TEMPORAL_ADDRESS = temporal.address;

  return async () => {
    await temporal.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  };
}
