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
    validate = ajv.compile(openApiSchema(schema));
    compiled.set(schema, validate);
  }
  const fn = validate;
  return (body, what) => (fn(body) ? undefined : `${what}: ${describeErrors(fn.errors ?? [])}`);
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
