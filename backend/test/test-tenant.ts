import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiKey, Tenant } from '@signalbox/db';
import { apiKeyPrefix, hashApiKey } from '../src/auth/api-key.hash.js';

/** A fresh tenant with one API key, so each test file works in its own isolated data. */
export async function createTestTenant(dataSource: DataSource, name = 'test'): Promise<{ tenantId: string; apiKey: string }> {
  const apiKey = `sbx_test_${randomBytes(18).toString('base64url')}`;
  const tenant = await dataSource.getRepository(Tenant).save({ name });
  await dataSource.getRepository(ApiKey).save({ tenantId: tenant.id, name: `${name} key`, keyHash: hashApiKey(apiKey), keyPrefix: apiKeyPrefix(apiKey) });
  return { tenantId: tenant.id, apiKey };
}
