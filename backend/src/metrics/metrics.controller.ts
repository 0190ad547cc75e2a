import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { ApiMetrics } from './api.metrics.js';

/**
 * `GET /metrics` in Prometheus text format. Open unless `METRICS_TOKEN` is set, then it needs
 * `Authorization: Bearer <METRICS_TOKEN>`: the counters are aggregates with no tenant data, and the
 * compose stack's nginx does not proxy /metrics, so only the internal network reaches it by default.
 */
@ApiExcludeController()
// Not an API-key route: a scraper is not a tenant (METRICS_TOKEN guards it when set).
@Public()
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Get('metrics')
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const token = this.config.METRICS_TOKEN;
    if (token && !sameSecret(/^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '', token)) {
      throw new ApiError(401, 'Missing or wrong metrics token: send "Authorization: Bearer <METRICS_TOKEN>"');
    }
    const body = await this.metrics.registry.metrics();
    await reply.header('content-type', this.metrics.registry.contentType).header('cache-control', 'no-store').send(body);
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
