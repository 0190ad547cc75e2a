import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/config.load.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { buildOpenApiDocument } from './openapi.setup.js';

/**
 * The API's OpenAPI document, exactly as /openapi.json serves it, without Postgres or Temporal: Nest's preview
 * mode scans modules and controllers (all the document needs) but instantiates no provider, so nothing connects.
 * `npm run api:generate` writes it into libs/api-client; the drift test compares it with the committed copy.
 */
export async function createOpenApiDocument(): Promise<OpenAPIObject> {
  const config: RuntimeConfig = {
    ...loadConfig({ LOG_LEVEL: 'silent' }),
    // Never dialled in preview mode; present because the config type requires them.
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    SIGNALBOX_SECRET_KEY: Buffer.alloc(32).toString('base64'),
  };
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
