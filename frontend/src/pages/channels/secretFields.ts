import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { MASKED_SECRET } from '../../api/channels.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A map of strings (`{ "Authorization": "…" }`, e.g. webhook headers): edited as rows, not as fixed fields. */
export function isStringMap(node: RJSFSchema): boolean {
  const values = node.additionalProperties;
  return node.type === 'object' && !isObject(node.properties) && isObject(values) && (values as RJSFSchema).type === 'string';
}

/** Dotted paths of the schema's map-of-strings fields (`headers`). */
export function stringMapPaths(schema: RJSFSchema, prefix = ''): Set<string> {
  const paths = new Set<string>();
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, RJSFSchema>)) {
    if (!isObject(child)) continue;
    if (isStringMap(child)) paths.add(prefix + key);
    else for (const path of stringMapPaths(child, `${prefix}${key}.`)) paths.add(path);
  }
  return paths;
}

/**
 * The form must never show a secret, not even its mask: masked values are removed before editing. Inside a map
 * field the masks stay: the row editor shows the name and an empty value that keeps the stored one.
 */
export function stripMasked(value: unknown, mapPaths: ReadonlySet<string> = new Set(), path = ''): unknown {
  if (mapPaths.has(path)) return value;
  if (Array.isArray(value)) return value.map((item) => stripMasked(item, mapPaths, path));
  if (!isObject(value)) return value === MASKED_SECRET ? undefined : value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    const stripped = stripMasked(child, mapPaths, path ? `${path}.${key}` : key);
    if (stripped !== undefined) out[key] = stripped;
  }
  return out;
}

/**
 * A secret left empty while editing means "keep it": wherever the stored config had a mask and the edited
 * one has nothing, the mask is sent back, which the API reads as "unchanged". Map fields are sent as edited
 * (their kept values already carry the mask), so a removed row stays removed.
 */
export function keepUntouchedSecrets(original: unknown, edited: unknown, mapPaths: ReadonlySet<string> = new Set(), path = ''): unknown {
  if (mapPaths.has(path)) return edited === undefined && isObject(original) ? {} : edited;
  if (original === MASKED_SECRET && (edited === undefined || edited === '')) return MASKED_SECRET;
  if (isObject(original) && (edited === undefined || isObject(edited))) {
    const out: Json = { ...(edited ?? {}) };
    for (const [key, child] of Object.entries(original)) {
      const kept = keepUntouchedSecrets(child, out[key], mapPaths, path ? `${path}.${key}` : key);
      if (kept !== undefined) out[key] = kept;
    }
    return edited === undefined && Object.keys(out).length === 0 ? undefined : out;
  }
  return edited;
}

const ACRONYMS = new Set(['url', 'id', 'api', 'http', 'smtp', 'tls', 'html']);

/** `bodyTemplate` → "Body template", `url` → "URL": plugin schemas name fields for code, forms for people. */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().split(' ');
  return words.map((w, i) => (ACRONYMS.has(w) ? w.toUpperCase() : i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

/**
 * When editing, secret fields are optional (empty keeps the stored value) and shown as password inputs
 * with a placeholder that says so. Works on nested objects too (e.g. `signing.secret`).
 */
export function secretAwareSchema(schema: RJSFSchema, editing: boolean): { schema: RJSFSchema; uiSchema: UiSchema } {
  const walk = (node: RJSFSchema): { schema: RJSFSchema; ui: UiSchema } => {
    const ui: UiSchema = {};
    if (isStringMap(node)) return { schema: node, ui: { 'ui:field': 'stringMap', 'ui:options': { secretValues: node.writeOnly === true } } };
    if (node.writeOnly && node.type === 'string') {
      ui['ui:widget'] = 'secret';
      if (editing) ui['ui:placeholder'] = 'stored — leave empty to keep';
    }
    if (!isObject(node.properties)) return { schema: node, ui };
    const properties: Record<string, RJSFSchema> = {};
    for (const [key, child] of Object.entries(node.properties as Record<string, RJSFSchema>)) {
      const walked = walk(child.title ? child : { ...child, title: humanizeKey(key) });
      properties[key] = walked.schema;
      if (Object.keys(walked.ui).length) ui[key] = walked.ui;
    }
    const required = editing ? (node.required ?? []).filter((key) => !(properties[key]?.writeOnly)) : node.required;
    return { schema: { ...node, properties, ...(required ? { required } : {}) }, ui };
  };
  // RJSF's Ajv speaks draft-07; the plugin schemas declare 2020-12 but use nothing beyond draft-07.
  const { $schema: _ignored, ...rest } = schema;
  const { schema: out, ui } = walk(rest as RJSFSchema);
  return { schema: out, uiSchema: ui };
}
