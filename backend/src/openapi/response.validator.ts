import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { z } from 'zod';
import { openApiSchema } from './zod-openapi.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * Validates against the OpenAPI schema object `/openapi.json` publishes (not the zod schema itself): zod strips
 * unknown keys, while the document says `additionalProperties: false`, and what clients read is the document.
 * ajv understands OpenAPI 3.0's `nullable`; `strict: false` lets it skip `example` and friends.
 */
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, validateFormats: true }));
const compiled = new WeakMap<z.ZodType, ValidateFunction>();

export function responseValidator(schema: z.ZodType): (body: unknown, what: string) => string | undefined {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(jsonSchemaOf(openApiSchema(schema)) as object);
    compiled.set(schema, validate);
  }
  const fn = validate;
  return (body, what) => (fn(body) ? undefined : `${what}: ${describeErrors(fn.errors ?? [])}`);
}

/**
 * An OpenAPI 3.0 schema object as the JSON Schema ajv reads. 3.0 writes an exclusive bound as a flag beside the
 * bound (`minimum: 0, exclusiveMinimum: true`, e.g. zod's `.positive()`); JSON Schema writes the bound itself.
 */
export function jsonSchemaOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, jsonSchemaOf(value)]));
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true) out[flag] = out[bound];
    else delete out[flag];
    if (out[flag] !== undefined) delete out[bound];
  }
  return out;
}

export function describeErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => {
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      return `${e.instancePath || '(body)'} ${extra ? `has undeclared field "${extra}"` : e.message}`;
    })
    .join('; ');
}
