import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describeErrors, jsonSchemaOf } from '../../src/openapi/response.validator.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

export interface OpenApiOperation {
  operationId?: string;
  requestBody?: { required?: boolean };
  responses: Record<string, { content?: Record<string, { schema: object }>; headers?: Record<string, { required?: boolean }> }>;
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  security?: unknown[];
}
export interface OpenApiDocument { paths: Record<string, Record<string, OpenApiOperation>> }

/** `GET /v1/routes/{id}` for every operation of the document. */
export function operationsOf(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
}

/**
 * Checks one real response against the document: its status is declared, its body matches the declared
 * schema (ajv, OpenAPI 3.0 `nullable` understood), and every header the response declares required is there.
 * Returns what is wrong, or undefined.
 */
export function responseProblem(doc: OpenApiDocument, operation: string, res: { statusCode: number; body: string; headers: Record<string, unknown> }): string | undefined {
  const [method, path] = operation.split(' ') as [string, string];
  const op = doc.paths[path]?.[method.toLowerCase()];
  if (!op) return `${operation} is not in the document`;
  const declared = op.responses[String(res.statusCode)];
  if (!declared) return `${operation} answered ${res.statusCode}, which the document does not declare (declared: ${Object.keys(op.responses).join(', ')}); body: ${res.body.slice(0, 300)}`;
  for (const [name, header] of Object.entries(declared.headers ?? {})) {
    if (header.required && res.headers[name.toLowerCase()] === undefined) return `${operation} ${res.statusCode} lacks the required header ${name}`;
  }
  // A YAML response (the configuration export) is declared under its own media type: the reply must carry that type,
  // and the parsed document must match the declared schema, as it would for a client that parses it.
  const yamlType = Object.keys(declared.content ?? {}).find((type) => type.includes('yaml'));
  if (yamlType && !String(res.headers['content-type'] ?? '').startsWith(yamlType)) return `${operation} ${res.statusCode} should answer ${yamlType}, not ${String(res.headers['content-type'])}`;
  const schema = declared.content?.[yamlType ?? 'application/json']?.schema;
  if (!schema) return res.body === '' ? undefined : `${operation} ${res.statusCode} declares no body but returned ${res.body.slice(0, 200)}`;
  const validate = ajv.compile(jsonSchemaOf(schema) as object);
  return validate(yamlType ? parseYaml(res.body) : JSON.parse(res.body)) ? undefined : `${operation} ${res.statusCode}: ${describeErrors(validate.errors ?? [])}`;
}

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
