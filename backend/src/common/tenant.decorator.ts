import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Set by the API-key guard on every /v1 request. */
export interface TenantRequest extends FastifyRequest {
  tenantId?: string;
}

/** The authenticated tenant's id; every query a handler makes is scoped by it. */
export const TenantId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const tenantId = ctx.switchToHttp().getRequest<TenantRequest>().tenantId;
  if (!tenantId) throw new Error('TenantId used on a route the API-key guard does not cover');
  return tenantId;
});
