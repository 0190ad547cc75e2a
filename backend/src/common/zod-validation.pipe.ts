import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { summarizeIssues, zodIssues } from './zod-issues.format.js';

type Source = 'body' | 'query' | 'path parameters';

/** Validates one request part against a zod schema; bad input becomes a 400 naming each field. (nestjs-zod does not support Nest 12.) */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly source: Source = 'body',
  ) {}

  transform(value: unknown): z.output<S> {
    if (this.source === 'body' && value === undefined) {
      throw ApiError.badRequest('Request body is required: send a JSON object with Content-Type: application/json');
    }
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issues = zodIssues(parsed.error);
    throw ApiError.badRequest(summarizeIssues(`request ${this.source}`, issues), issues);
  }
}

/** `@Body(zodBody(schema))` */
export const zodBody = <S extends z.ZodType>(schema: S) => new ZodValidationPipe(schema, 'body');
/** `@Query(zodQuery(schema))` */
export const zodQuery = <S extends z.ZodType>(schema: S) => new ZodValidationPipe(schema, 'query');
