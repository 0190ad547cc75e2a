import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { JsonOnlyBodies } from './json-only-bodies.hook.js';
import { RequestStringsPipe } from './request-strings.pipe.js';

/** Error handling for the whole app: Nest exceptions and Fastify's own request errors, one JSON shape; strings no handler can store refused up front. */
@Module({
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }, { provide: APP_PIPE, useClass: RequestStringsPipe }, JsonOnlyBodies],
})
export class ErrorsModule {}
