import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ResponseContractInterceptor } from './response-contract.interceptor.js';
import { responseValidator } from './response.validator.js';
import { JsonResponse, openApiSchema } from './zod-openapi.js';

describe('zod → OpenAPI', () => {
  it('keeps fields named like JSON Schema keywords (id, $schema)', () => {
    const schema = openApiSchema(z.object({ id: z.string(), $schema: z.string(), nested: z.object({ id: z.number() }) }), 'input') as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(Object.keys(schema.properties)).toEqual(['id', '$schema', 'nested']);
    expect(Object.keys(schema.properties.nested!.properties!)).toEqual(['id']);
  });

  it('lets a nullable enum be null, and names an undeclared response field', () => {
    const check = responseValidator(z.object({ state: z.enum(['a', 'b']).nullable() }));
    expect(check({ state: null }, 'GET /x 200')).toBeUndefined();
    expect(check({ state: null, extra: 1 }, 'GET /x 200')).toBe('GET /x 200: (body) has undeclared field "extra"');
  });
});

@Controller('x')
class Fixture {
  @Get('declared')
  @JsonResponse(200, z.object({ ok: z.boolean() }), 'ok')
  declared() { return { ok: true }; }

  @Get('undeclared')
  undeclared() { return { ok: true }; }
}

const contextFor = (handler: () => unknown, url: string) => ({
  getHandler: () => handler,
  switchToHttp: () => ({ getResponse: () => ({ statusCode: 200 }), getRequest: () => ({ method: 'GET', url, routeOptions: { url } }) }),
}) as unknown as ExecutionContext;

describe('ResponseContractInterceptor', () => {
  const interceptor = new ResponseContractInterceptor('enforce');
  const run = (handler: () => unknown, url: string, body: unknown) =>
    lastValueFrom(interceptor.intercept(contextFor(handler, url), { handle: () => of(body) }));

  it('passes a response that matches its declared schema', async () => {
    await expect(run(Fixture.prototype.declared, '/x/declared', { ok: true })).resolves.toEqual({ ok: true });
  });

  it('refuses a field the document does not declare, naming operation and field', async () => {
    await expect(run(Fixture.prototype.declared, '/x/declared', { ok: true, limits: {} })).rejects.toThrow('GET /x/declared 200: (body) has undeclared field "limits"');
  });

  it('refuses a route without a response schema, naming the operation and the fix', async () => {
    await expect(run(Fixture.prototype.undeclared, '/x/undeclared', { ok: true })).rejects.toThrow(/GET \/x\/undeclared answered 200, but declares no response schema.*@JsonResponse\(200/);
  });
});
