import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiMetrics } from './api.metrics.js';
import { IngestMetricsInterceptor } from './ingest.metrics.interceptor.js';
import { MetricsController } from './metrics.controller.js';

/** Prometheus `/metrics` for the API process (the worker serves its own on METRICS_PORT). */
@Module({
  providers: [
    { provide: ApiMetrics, useFactory: (dataSource?: DataSource) => new ApiMetrics(dataSource), inject: [{ token: getDataSourceToken(), optional: true }] },
    { provide: APP_INTERCEPTOR, useClass: IngestMetricsInterceptor },
  ],
  controllers: [MetricsController],
  exports: [ApiMetrics],
})
export class MetricsModule {}
