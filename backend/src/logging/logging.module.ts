import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { RuntimeConfig } from '../config/config.schema.js';
import { httpLogOptions } from './http-log.options.js';
import { TenantLogInterceptor } from './tenant-log.interceptor.js';

/** Structured JSON logs (pino) for Nest's own logger and one line per HTTP request. */
@Module({})
export class LoggingModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: httpLogOptions(config.LOG_LEVEL) })],
      providers: [{ provide: APP_INTERCEPTOR, useClass: TenantLogInterceptor }],
    };
  }
}
