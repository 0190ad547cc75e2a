import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { JsonOnlyBodies } from './json-only-bodies.hook.js';

/** Error handling for the whole app: Nest exceptions and Fastify's own request errors, one JSON shape. */
@Module({
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }, JsonOnlyBodies],
})
export class ErrorsModule {}
