import type { DataSource } from 'typeorm';
import { extractApiKey } from '../auth/api-key.guard.js';
import { hashApiKey } from '../auth/api-key.hash.js';
import type { TenantRequest } from '../common/tenant.decorator.js';

/** Who made a recorded request: the API key's name and prefix (never the key itself). */
export async function requestActor(db: DataSource, request: TenantRequest): Promise<string> {
  const key = extractApiKey(request);
  if (!key) return 'unknown';
  const [row]: Array<{ name: string; key_prefix: string }> = await db.query(
    'SELECT name, key_prefix FROM api_keys WHERE tenant_id = $1 AND key_hash = $2',
    [request.tenantId, hashApiKey(key)],
  );
  return row ? `api key "${row.name}" (${row.key_prefix}…)` : 'unknown';
}
