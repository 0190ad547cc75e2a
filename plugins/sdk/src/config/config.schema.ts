import type { ChannelDefinition } from '../channel.types.js';
import { inputJsonSchema, schemasAtPath, type JsonSchema } from './json-schema.util.js';

/**
 * JSON Schema (draft 2020-12) of a channel's config for the editor's forms. Secret fields are marked
 * `writeOnly: true` — the API never returns them — and secret strings get `format: "password"` so forms
 * render a masked input (this replaces e.g. `format: "uri"`: for a secret, hiding it matters more).
 */
export function configJsonSchema(definition: Pick<ChannelDefinition, 'config' | 'secrets'>): JsonSchema {
  const schema = inputJsonSchema(definition.config);
  for (const path of definition.secrets) {
    for (const node of schemasAtPath(schema, path)) markSecret(node);
  }
  return schema;
}

function markSecret(node: JsonSchema): void {
  node.writeOnly = true;
  if (node.type === 'string') node.format = 'password';
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = node[key];
    if (Array.isArray(options)) for (const option of options) if (typeof option === 'object' && option) markSecret(option as JsonSchema);
  }
}
