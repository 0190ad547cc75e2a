import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { toUnavailableBody } from './connection-error.map.js';

// Real errors from the pg driver against a port where nothing listens, plus the shapes a Postgres restart produces.
describe('connection errors → 503', () => {
  it('maps a refused Postgres connection to 503 with a retry hint', async () => {
    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
    const error = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(toUnavailableBody(error)).toMatchObject({ statusCode: 503, error: 'Service Unavailable', retryAfterSeconds: 5 });
    expect(toUnavailableBody(error)!.message).toMatch(/database is unavailable/);
  });

  it('maps an admin shutdown (57P01) wrapped by TypeORM and a dropped connection', () => {
    const driverError = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(toUnavailableBody(Object.assign(new Error('query failed'), { driverError }))?.statusCode).toBe(503);
    expect(toUnavailableBody(new Error('Connection terminated unexpectedly'))?.statusCode).toBe(503);
  });

  it('leaves real bugs and constraint violations alone', () => {
    expect(toUnavailableBody(new TypeError('x is undefined'))).toBeUndefined();
    expect(toUnavailableBody(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
  });
});
