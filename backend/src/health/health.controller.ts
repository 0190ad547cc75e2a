import { type BeforeApplicationShutdown, Controller, Get, HttpCode, Inject, Optional, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Client } from '@temporalio/client';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.tokens.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { Public } from '../auth/public.decorator.js';
import { JsonResponse, PublicOperation } from '../openapi/zod-openapi.js';
import { livenessSchema, readinessSchema } from './health.schemas.js';
import { TEMPORAL_CLIENT } from '../temporal-client/temporal.tokens.js';
import { checkPostgres, checkTemporal, checkWorkers, readinessChecksSettled } from './readiness.checks.js';

// Probes answer without a key: orchestrators (compose healthchecks, Kubernetes) hold none.
@Public()
@Controller()
export class HealthController implements BeforeApplicationShutdown {
  // Optional so the probe still answers (503, naming what is missing) in a stripped-down test app.
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @Optional() @Inject(getDataSourceToken()) private readonly dataSource?: DataSource,
    @Optional() @Inject(TEMPORAL_CLIENT) private readonly temporalClient?: Client,
  ) {}

  /** Before the Temporal connection closes (onApplicationShutdown): a probe's pending gRPC retry would throw on a closed channel. */
  async beforeApplicationShutdown(): Promise<void> {
    await readinessChecksSettled();
  }

  /** Liveness: the process is up and serving. Readiness (dependencies) is /readyz. */
  @Get('healthz')
  @PublicOperation()
  @JsonResponse(200, livenessSchema, 'The process is up')
  healthz() {
    return { status: 'ok' };
  }

  /** Readiness: 200 when Postgres and Temporal answer; 503 naming what is down and why. */
  @Get('readyz')
  @HttpCode(200)
  @PublicOperation()
  @JsonResponse(200, readinessSchema, 'Postgres and Temporal answer')
  @JsonResponse(503, readinessSchema, 'Postgres or Temporal does not answer; `checks` says which and why')
  async readyz(@Res({ passthrough: true }) reply: FastifyReply) {
    const [postgres, temporal, worker] = await Promise.all([
      checkPostgres(this.dataSource),
      checkTemporal(this.temporalClient),
      checkWorkers(this.temporalClient, this.config.TEMPORAL_NAMESPACE, this.config.TEMPORAL_TASK_QUEUE),
    ]);
    const ready = postgres.ok && temporal.ok;
    if (!ready) reply.status(503);
    return { status: ready ? 'ok' : 'unavailable', checks: { postgres, temporal }, worker };
  }
}
