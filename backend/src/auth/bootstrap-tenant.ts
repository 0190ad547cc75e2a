import type { DataSource } from 'typeorm';
import { ApiKey, Tenant } from '@signalbox/db';
import { apiKeyPrefix, hashApiKey } from './api-key.hash.js';

/**
 * Makes sure `apiKey` belongs to a tenant, creating a "Default" tenant for it on first start.
 * Idempotent: a second call (or a concurrent one from another replica) finds the existing key.
 */
export async function ensureBootstrapTenant(dataSource: DataSource, apiKey: string): Promise<{ tenantId: string }> {
  const keyHash = hashApiKey(apiKey);
  const existing = await dataSource.getRepository(ApiKey).findOneBy({ keyHash });
  if (existing) return { tenantId: existing.tenantId };

  return dataSource.transaction(async (manager) => {
    const tenant = await manager.getRepository(Tenant).save({ name: 'Default' });
    // ON CONFLICT on the unique key_hash: if another process won the race, use its tenant instead.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ApiKey)
      .values({ tenantId: tenant.id, name: 'bootstrap', keyHash, keyPrefix: apiKeyPrefix(apiKey) })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length > 0) return { tenantId: tenant.id };
    await manager.getRepository(Tenant).delete({ id: tenant.id });
    const winner = await manager.getRepository(ApiKey).findOneByOrFail({ keyHash });
    return { tenantId: winner.tenantId };
  });
}
