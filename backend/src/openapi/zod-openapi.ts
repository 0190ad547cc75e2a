import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiResponse, type SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * A zod schema as an OpenAPI 3.0 schema object. `io` picks the side: requests document what may be sent
 * (defaults optional), responses what comes back. Recursive schemas (condition groups) are cut off with a
 * generic object at the repeat rather than emitting $defs, which Swagger UI cannot resolve inline.
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): SchemaObject {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Record<string, unknown>;
  return inlineDefs(json) as SchemaObject;
}

function inlineDefs(root: Record<string, unknown>): unknown {
  const defs = (root.$defs ?? root.definitions ?? {}) as Record<string, unknown>;
  const expand = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((item) => expand(item, depth));
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as { $ref?: string }).$ref;
    if (typeof ref === 'string') {
      const target = defs[ref.split('/').pop()!];
      return depth > 3 || !target ? { type: 'object', description: 'Nested (recursive) structure of the same shape' } : expand(target, depth + 1);
    }
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== '$defs' && key !== 'definitions' && key !== '$schema' && key !== 'id')
        .map(([key, value]) => [key, expand(value, depth)]),
    );
  };
  return expand(root, 0);
}

const errorBodySchema = z.object({
  statusCode: z.number().int(),
  error: z.string().describe('HTTP reason phrase'),
  message: z.string().describe('What was wrong, naming the field or limit'),
  issues: z.array(z.object({ path: z.string(), message: z.string(), nodeId: z.string().optional() })).optional(),
  details: z.record(z.string(), z.unknown()).optional().describe('Facts about a conflict, e.g. `routes` that use a channel being deleted'),
});
export const errorSchema = openApiSchema(errorBodySchema);

/** `@JsonBody(schema, description)` — request body documented from the zod schema that validates it. */
export const JsonBody = (schema: z.ZodType, description?: string) => ApiBody({ schema: openApiSchema(schema, 'input'), description });

/** `@JsonResponse(200, schema, description)` */
export const JsonResponse = (status: number, schema: z.ZodType, description: string) =>
  ApiResponse({ status, description, schema: openApiSchema(schema) });

/** The error responses an endpoint can produce, all in the shared error shape. */
export const ErrorResponses = (...statuses: number[]) =>
  applyDecorators(...[401, ...statuses].map((status) => ApiResponse({ status, description: errorDescriptions[status] ?? 'Error', schema: errorSchema })));

const errorDescriptions: Record<number, string> = {
  400: 'Invalid input; `issues` names each field and problem',
  401: 'Missing or invalid API key',
  404: 'No such resource in this tenant',
  409: 'Conflicts with the current state',
  413: 'Payload larger than the limit named in the message',
  415: 'Body is not application/json',
  503: 'A dependency (Temporal) is unavailable; retry',
};
