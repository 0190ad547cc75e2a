import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RouteOptions } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { RuntimeConfig } from './config/config.schema.js';
import { setupOpenApi } from './openapi/openapi.setup.js';
import { registerUi } from './ui/ui.static.js';

export interface CreateAppOptions {
  /** Called for every route the HTTP router registers (tests enumerate the real route table with it). */
  onRoute?: (route: RouteOptions) => void;
}

/** Builds the HTTP app (API, OpenAPI docs and the built UI) without listening, so tests can inject(). */
export async function createApp(config: RuntimeConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // The transport cap fits a full batch; per-event size (MAX_EVENT_BYTES) is checked by the events API.
  // Behind nginx (docker-compose) the client address, which per-address rate limits key on, is in X-Forwarded-For.
  const adapter = new FastifyAdapter({ bodyLimit: 16 * 1024 * 1024, ...(config.TRUST_PROXY && { trustProxy: config.TRUST_PROXY }) });
  const { onRoute } = options;
  if (onRoute) adapter.getInstance().addHook('onRoute', onRoute);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    // Start-up lines are buffered until the JSON logger (LOG_LEVEL) takes over, so every line is JSON.
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  setupOpenApi(app);
  await registerUi(app, config.UI_DIST_DIR);
  await app.init();
  return app;
}
