import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { RuntimeConfig } from './config/config.schema.js';
import { setupOpenApi } from './openapi/openapi.setup.js';
import { registerUi } from './ui/ui.static.js';

/** Builds the HTTP app (API, OpenAPI docs and the built UI) without listening, so tests can inject(). */
export async function createApp(config: RuntimeConfig): Promise<NestFastifyApplication> {
  // The transport cap fits a full batch; per-event size (MAX_EVENT_BYTES) is checked by the events API.
  const adapter = new FastifyAdapter({ bodyLimit: 16 * 1024 * 1024 });
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
