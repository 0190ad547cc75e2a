import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { ApiKey } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import type { TenantRequest } from '../common/tenant.decorator.js';
import { ApiKeyCache } from './api-key.cache.js';
import { hashApiKey } from './api-key.hash.js';

const PROTECTED_PREFIX = '/v1/';
// PUBLIC: inbound webhooks authenticate by the tool's signature or path token (backend/src/sources); becomes @Public() with the global guard.
const PUBLIC_PREFIX = '/v1/hooks/';

/** Reads the key from `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function extractApiKey(request: TenantRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header.trim() ? header.trim() : undefined;
}

/** Global guard: every /v1 route needs a live API key; the key's tenant is put on the request. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly cache = new ApiKeyCache();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<TenantRequest>();
    if (!request.url.startsWith(PROTECTED_PREFIX) || request.url.startsWith(PUBLIC_PREFIX)) return true;

    const key = extractApiKey(request);
    if (!key) throw new ApiError(401, 'Missing API key: send "Authorization: Bearer <key>" or "X-API-Key: <key>"');
    const tenantId = await this.tenantFor(hashApiKey(key));
    if (!tenantId) throw new ApiError(401, 'Invalid API key: no active key matches the one sent');
    request.tenantId = tenantId;
    return true;
  }

  private async tenantFor(keyHash: string): Promise<string | null> {
    const cached = this.cache.get(keyHash);
    if (cached !== undefined) return cached;
    const row = await this.dataSource.getRepository(ApiKey).findOne({ where: { keyHash, revokedAt: IsNull() }, select: { tenantId: true } });
    const tenantId = row?.tenantId ?? null;
    this.cache.set(keyHash, tenantId);
    return tenantId;
  }
}
