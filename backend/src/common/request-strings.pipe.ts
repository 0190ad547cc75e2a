import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error.js';
import { bodyProblem } from './json-body.check.js';

/**
 * Path and query parameters get the check every JSON body gets at parsing (json-only-bodies.hook): no NUL
 * and no lone surrogate, which Postgres would refuse with a 500 (`/v1/events/a%00b`, `?type=%00`).
 * Global, so a new controller is covered without remembering to opt in.
 */
@Injectable()
export class RequestStringsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query') return value;
    const problem = bodyProblem(metadata.data ? { [metadata.data]: value } : value);
    if (!problem) return value;
    const where = metadata.type === 'param' ? 'path parameter' : 'query parameter';
    throw ApiError.badRequest(`Invalid ${where} — ${problem.path}: ${problem.message}`, [problem]);
  }
}
