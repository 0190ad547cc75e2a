import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.factory.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { testRuntimeConfig } from '../../test/test-config.js';
import { createTestTenant } from '../../test/test-tenant.js';

// Two API instances on the same Postgres, as two replicas would be: limits must hold across both.
describe('rate limits per API key and per address for failed authentication, shared by replicas', () => {
  const config: Partial<RuntimeConfig> = { RATE_LIMIT_KEY_REQUESTS: 40, RATE_LIMIT_KEY_WINDOW_S: 60, RATE_LIMIT_AUTH_FAILURES: 10, RATE_LIMIT_AUTH_WINDOW_S: 60 };
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  let apiKey: string;

  beforeAll(async () => {
    [a, b] = await Promise.all([createApp(testRuntimeConfig(config)), createApp(testRuntimeConfig(config))]);
    await Promise.all([a.getHttpAdapter().getInstance().ready(), b.getHttpAdapter().getInstance().ready()]);
    ({ apiKey } = await createTestTenant(a.get<DataSource>(getDataSourceToken())));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  // A unique source address per test, so the budgets of one test never leak into another.
  const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const get = (app: NestFastifyApplication, key: string, remoteAddress: string) =>
    app.inject({ method: 'GET', url: '/v1/event-types', headers: { authorization: `Bearer ${key}` }, remoteAddress });

  it('answers 429 with Retry-After once a key has spent its budget, counted across both instances', async () => {
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 60; i++) {
      const res = await get(i % 2 ? b : a, apiKey, address());
      statuses.push(res.statusCode);
      if (res.statusCode === 429) limited ??= res;
    }
    // 40 allowed in total, however they were spread over the two instances.
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.slice(40).every((s) => s === 429)).toBe(true);
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited!.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited!.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/Too many requests for this API key/) });
    // Another tenant's key is not affected.
    const other = await createTestTenant(a.get<DataSource>(getDataSourceToken()), 'other');
    expect((await get(b, other.apiKey, address())).statusCode).toBe(200);
  });

  it('answers 429 after the configured number of wrong keys from one address, on either instance, even for a right key', async () => {
    const from = address();
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 300; i++) {
      const res = await get(i % 2 ? b : a, `sbx_wrong_${randomUUID()}`, from);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) limited ??= res;
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited!.json().message).toMatch(/Too many failed authentications/);
    // The blocked address cannot use a right key meanwhile (or it could keep guessing), other addresses can.
    const fresh = await createTestTenant(a.get<DataSource>(getDataSourceToken()), 'fresh');
    expect((await get(a, fresh.apiKey, from)).statusCode).toBe(429);
    expect((await get(a, fresh.apiKey, address())).statusCode).toBe(200);
  });

  it('does not count a missing key as a failed guess', async () => {
    const from = address();
    for (let i = 0; i < 15; i++) expect((await a.inject({ method: 'GET', url: '/v1/event-types', remoteAddress: from })).statusCode).toBe(401);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createApp(testRuntimeConfig({ RATE_LIMIT_AUTH_FAILURES: 3, RATE_LIMIT_AUTH_WINDOW_S: 60, TRUST_PROXY: '10.9.8.7' }));
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app?.close());

  it('limits the client address the proxy forwarded, not the proxy itself', async () => {
    const proxy = '10.9.8.7';
    const wrong = (client: string) =>
      app.inject({ method: 'GET', url: '/v1/event-types', remoteAddress: proxy, headers: { authorization: `Bearer sbx_wrong_${randomUUID()}`, 'x-forwarded-for': `6.6.6.6, ${client}` } });
    const attacker = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await wrong(attacker)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Another client behind the same proxy is unaffected; the spoofable left-most entry is ignored.
    expect((await wrong(`203.0.113.${(Number(attacker.split('.')[3]) % 250) + 2}`)).statusCode).toBe(401);
  });
});
