import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { IsNull, type DataSource } from 'typeorm';
import { ApiKey } from '@signalbox/db';
import { ApiError } from '../common/api-error.js';
import type { TenantRequest } from '../common/tenant.decorator.js';
import { ApiKeyCache } from './api-key.cache.js';
import { hashApiKey } from './api-key.hash.js';
import { IS_PUBLIC } from './public.decorator.js';
import { RateLimitedError, RateLimitService } from './rate-limit.service.js';

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

/**
 * Global guard: every handler needs a live API key unless it (or its controller) is marked @Public().
 * Guards run after the router picked the handler, so the decision follows the handler, never the raw URL
 * (a percent-encoded or otherwise odd spelling of a protected path reaches the same protected handler).
 * The key's tenant is put on the request.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly cache = new ApiKeyCache();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<TenantRequest>();
    try {
      this.limits.assertAddressNotBlocked(request.ip);
      const key = extractApiKey(request);
      if (!key) throw new ApiError(401, 'Missing API key: send "Authorization: Bearer <key>" or "X-API-Key: <key>"');
      const keyHash = hashApiKey(key);
      const tenantId = await this.tenantFor(keyHash);
      if (!tenantId) {
        // Only wrong keys count against the address: a missing key is a client bug, not a guess.
        await this.limits.recordFailedAuth(request.ip);
        throw new ApiError(401, 'Invalid API key: no active key matches the one sent');
      }
      await this.limits.consumeKey(keyHash);
      request.tenantId = tenantId;
      return true;
    } catch (error) {
      if (error instanceof RateLimitedError) context.switchToHttp().getResponse<FastifyReply>().header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
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
