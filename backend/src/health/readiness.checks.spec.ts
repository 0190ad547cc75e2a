import { Client, Connection } from '@temporalio/client';
import { createDataSource } from '@signalbox/db';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_TIMEOUT_MS, checkPostgres, checkTemporal, pendingChecks, readinessChecksSettled } from './readiness.checks.js';

// Against the test run's real Postgres and Temporal, and against addresses where nothing listens.
describe('readiness checks', () => {
  let dataSource: DataSource;
  const clients: Client[] = [];
  const clientFor = (address: string) => {
    const client = new Client({ connection: Connection.lazy({ address }) });
    clients.push(client);
    return client;
  };
  beforeAll(async () => {
    dataSource = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 1 }).initialize();
  });
  afterAll(async () => {
    // Closing a connection while a given-up check still retries would raise "Channel has been shut down".
    await readinessChecksSettled();
    await dataSource.destroy();
    await Promise.all(clients.map((client) => client.connection.close().catch(() => undefined)));
  });

  it('reports both dependencies up', async () => {
    expect(await checkPostgres(dataSource)).toEqual({ ok: true });
    expect(await checkTemporal(clientFor(process.env.TEMPORAL_ADDRESS!))).toEqual({ ok: true });
  });

  it('names what is down and why, within the timeout', async () => {
    const startedAt = Date.now();
    const temporal = await checkTemporal(clientFor('127.0.0.1:1'));
    expect(temporal.ok).toBe(false);
    expect(temporal.error).toBeTruthy();
    expect(Date.now() - startedAt).toBeLessThan(CHECK_TIMEOUT_MS + 1_000);
    expect(await checkPostgres(undefined)).toEqual({ ok: false, error: 'no database connection is configured' });
  });

  it('lets the calls it gave up on finish, so the connection can then be closed safely', async () => {
    const client = clientFor('127.0.0.1:1');
    expect((await checkTemporal(client)).ok).toBe(false);
    await readinessChecksSettled();
    expect(pendingChecks()).toBe(0);
    await client.connection.close();
  }, 20_000);
});
