import { describe, expectTypeOf, it } from 'vitest';
import type { ApiErrorBody, QueryParams, RequestBody, ResponseBody } from '../src/index.js';

// Compile-time checks (vitest runs them through tsc in `npm run typecheck`): the helpers reach real shapes.
describe('operation types', () => {
  it('names request, query, response and error shapes', () => {
    expectTypeOf<ResponseBody<'/v1/events', 'post'>['status']>().toEqualTypeOf<'routed' | 'unmatched'>();
    expectTypeOf<RequestBody<'/v1/events', 'post'>>().toHaveProperty('severity');
    expectTypeOf<QueryParams<'/v1/events', 'get'>>().toHaveProperty('cursor');
    expectTypeOf<ApiErrorBody['statusCode']>().toEqualTypeOf<number>();
  });
});
