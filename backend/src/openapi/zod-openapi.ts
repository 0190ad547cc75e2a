import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBody, ApiExtension, ApiQuery, ApiResponse, type SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { errorBodySchema } from './error.schemas.js';

/**
 * A zod schema as an OpenAPI 3.0 schema object. `io` picks the side: requests document what may be sent
 * (defaults optional), responses what comes back (every field, no undeclared ones: `additionalProperties: false`).
 * Recursive schemas (condition groups) are cut off with a generic object at the repeat rather than emitting
 * $defs, which Swagger UI cannot resolve inline.
 */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): SchemaObject {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Record<string, unknown>;
  return inlineDefs(json) as SchemaObject;
}

/** JSON Schema keywords that OpenAPI 3.0 schema objects do not have; removed at schema level only. */
const DROPPED_KEYWORDS = new Set(['$defs', 'definitions', '$schema', '$id']);

function inlineDefs(root: Record<string, unknown>): unknown {
  const defs = (root.$defs ?? root.definitions ?? {}) as Record<string, unknown>;
  // `inProperties`: the keys of a `properties` map are field names, not keywords — a field called `id`
  // (or `$schema`) must survive. Dropping keyword-like keys everywhere is what once erased every `id` field.
  const expand = (node: unknown, depth: number, inProperties = false): unknown => {
    if (Array.isArray(node)) return node.map((item) => expand(item, depth));
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as { $ref?: string }).$ref;
    if (!inProperties && typeof ref === 'string') {
      const target = defs[ref.split('/').pop()!];
      return depth > 3 || !target ? { type: 'object', description: 'Nested (recursive) structure of the same shape' } : expand(target, depth + 1);
    }
    // OpenAPI 3.0.3: `nullable` does not extend an `enum`; null must be listed for a nullable enum to allow it.
    const { nullable, enum: values } = node as { nullable?: boolean; enum?: unknown[] };
    const fields = !inProperties && nullable === true && Array.isArray(values) && !values.includes(null) ? { ...node, enum: [...values, null] } : node;
    return Object.fromEntries(
      Object.entries(fields)
        .filter(([key]) => inProperties || !DROPPED_KEYWORDS.has(key))
        .map(([key, value]) => [key, expand(value, depth, !inProperties && key === 'properties')]),
    );
  };
  return expand(root, 0);
}

export const errorSchema = openApiSchema(errorBodySchema);

/** Metadata key: the response schemas a handler declares, by status; the response contract interceptor enforces them. */
export const RESPONSE_SCHEMAS = 'signalbox:response-schemas';
export type DeclaredResponses = Record<number, z.ZodType | null>;

const declare = (status: number, schema: z.ZodType | null) =>
  (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const handler = descriptor?.value as object;
    const declared: DeclaredResponses = { ...(Reflect.getMetadata(RESPONSE_SCHEMAS, handler) as DeclaredResponses | undefined), [status]: schema };
    SetMetadata(RESPONSE_SCHEMAS, declared)(target, key!, descriptor!);
  };

/**
 * `@JsonBody(schema, description)` — request body documented from the zod schema that validates it.
 * `required: false` for a route that also takes no body at all (e.g. publish with no note).
 */
export const JsonBody = (schema: z.ZodType, description?: string, options: { required?: boolean } = {}) =>
  ApiBody({ schema: openApiSchema(schema, 'input'), description, required: options.required ?? true });

/** `@JsonResponse(200, schema, description)` — documents the response AND makes it the enforced contract. */
export const JsonResponse = (status: number, schema: z.ZodType, description: string) =>
  applyDecorators(ApiResponse({ status, description, schema: openApiSchema(schema) }), declare(status, schema));

/** `@NoContent()` — a 204 with no body. */
export const NoContent = (description = 'Done; no body') => applyDecorators(ApiResponse({ status: 204, description }), declare(204, null));

/**
 * The error responses an endpoint can produce, all in the shared error shape. Every API-key endpoint can answer
 * 400 (a malformed path/query string), 401 (no or bad key), 429 (rate limit) and 503 (Postgres or Temporal down).
 */
export const ErrorResponses = (...statuses: number[]) =>
  applyDecorators(...[...new Set([400, 401, 429, 503, ...statuses])].sort().map((status) => ApiResponse({ status, ...errorResponse(status) })));

/** One error response object in the shared error shape. */
export const errorResponse = (status: number) => ({
  description: errorDescriptions[status] ?? 'Error',
  content: { 'application/json': { schema: errorSchema } },
  ...(errorHeaders[status] && { headers: errorHeaders[status] }),
});

/** Marks an operation that needs no API key: the document gives it `security: []` (see openapi.setup.ts). */
export const PUBLIC_OPERATION = 'x-signalbox-public';
export const PublicOperation = () => ApiExtension(PUBLIC_OPERATION, true);

const retryAfter = { 'Retry-After': { description: 'Seconds to wait before retrying', required: true, schema: { type: 'string' } } };
const errorHeaders: Record<number, Record<string, { description: string; required: boolean; schema: SchemaObject }>> = { 429: retryAfter, 503: retryAfter };

const errorDescriptions: Record<number, string> = {
  400: 'Invalid input; `issues` names each field and problem',
  401: 'Missing or invalid API key',
  404: 'No such resource in this tenant',
  409: 'Conflicts with the current state',
  413: 'Payload larger than the limit named in the message',
  415: 'Body is not application/json',
  429: 'Too many requests for this key or address; see Retry-After',
  503: 'A dependency (Postgres or Temporal) is unavailable; retry after Retry-After',
};

/** `@QueryParams(schema)` — one documented query parameter per field of the zod schema that validates the query. */
export const QueryParams = (schema: z.ZodType) => {
  const json = openApiSchema(schema, 'input') as { properties?: Record<string, SchemaObject>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property, description: property.description })),
  );
};
