import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

/**
 * The config schema as the UI (and the API) sees it: the *input* side, so fields with defaults are optional.
 * Transforms and refinements cannot be expressed in JSON Schema; they still run server-side on parse.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every schema node a value of `node` may match directly (itself plus anyOf/oneOf/allOf branches). */
function branches(node: JsonSchema): JsonSchema[] {
  const nested = ['anyOf', 'oneOf', 'allOf'].flatMap((key) => (Array.isArray(node[key]) ? (node[key] as unknown[]) : []));
  return [node, ...nested.filter(isSchema).flatMap(branches)];
}

/** The property schemas of an object node, looking through optional/nullable/union wrappers. */
export function propertySchemas(node: JsonSchema, name: string): JsonSchema[] {
  return branches(node).flatMap((branch) => {
    const properties = branch.properties;
    const child = isSchema(properties) ? properties[name] : undefined;
    return isSchema(child) ? [child] : [];
  });
}

/** Schema nodes at a dotted secret path (`url`, `signing.secret`); empty when the path does not exist. */
export function schemasAtPath(root: JsonSchema, path: string): JsonSchema[] {
  return path.split('.').reduce<JsonSchema[]>((nodes, segment) => nodes.flatMap((node) => propertySchemas(node, segment)), [root]);
}
