import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { TenantRequest } from '../common/tenant.decorator.js';

/** Where the request log (pino-http, on the raw Node request) finds the tenant. */
export const LOG_TENANT = Symbol.for('signalbox.log.tenantId');
export type LogTenantCarrier = { [LOG_TENANT]?: string };

/**
 * The API-key guard puts the tenant on Fastify's request after pino-http has seen the raw one;
 * interceptors run after guards, so the tenant is copied here for the "request completed" line.
 */
@Injectable()
export class TenantLogInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<TenantRequest>();
    if (request.tenantId) (request.raw as LogTenantCarrier)[LOG_TENANT] = request.tenantId;
    return next.handle();
  }
}
