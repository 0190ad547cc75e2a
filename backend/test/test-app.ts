import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import type { RuntimeConfig } from '../src/config/config.schema.js';
import { testRuntimeConfig } from './test-config.js';
import { createTestTenant } from './test-tenant.js';

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  tenantId: string;
  apiKey: string;
  /** JSON request as the test tenant; pass `headers` to override auth or content type. */
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>): ReturnType<NestFastifyApplication['inject']>;
  close(): Promise<void>;
}

/** The whole API in-process, against the run's real Postgres and Temporal, with its own tenant. */
export async function startTestApp(overrides: Partial<RuntimeConfig> = {}): Promise<TestApp> {
  const app = await createApp(testRuntimeConfig(overrides));
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const { tenantId, apiKey } = await createTestTenant(dataSource);
  return {
    app,
    dataSource,
    tenantId,
    apiKey,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${apiKey}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    close: () => app.close(),
  };
}
