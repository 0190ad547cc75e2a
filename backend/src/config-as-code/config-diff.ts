import { isDeepStrictEqual } from 'node:util';
import type { FieldChange } from './config-file.schema.js';

const isBag = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Field-level differences between what is stored and what the file says, as leaf paths
 * (`graph.nodes[1].config.title`), so a dry run shows exactly what an apply would change.
 */
export function diffValues(before: unknown, after: unknown, path: string): FieldChange[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isBag(before) && isBag(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, index) => diffValues(item, after[index], `${path}[${index}]`));
  }
  return [{ path, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) }];
}
