import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from './data-source.js';

// A connection Postgres terminates (57P01, what every backend gets when the server restarts) while the
// process holds it outside any query: the process must live on and the pool must serve the next query.
// Only this test's own backends are terminated; the shared server keeps running.
describe('data source on a terminated connection', () => {
  let dataSource: DataSource;
  const logged: string[] = [];
  beforeAll(async () => {
    dataSource = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2, applicationName: 'signalbox-terminate-test', onConnectionError: (m) => logged.push(m) }).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('survives 57P01 on a checked-out client and on idle ones, and the next query reconnects', async () => {
    const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
    const held = await pool.connect();
    const ended = new Promise<void>((resolve) => held.once('end', () => resolve()));
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL! });
    await admin.connect();
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'signalbox-terminate-test'`);
    } finally {
      await admin.end();
    }
    await ended;
    held.release(true);
    expect(logged.some((line) => /terminating connection due to administrator command/.test(line))).toBe(true);
    expect(await dataSource.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
