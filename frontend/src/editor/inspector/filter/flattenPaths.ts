export interface FieldPath {
  path: string;
  /** The sample's value there, shown beside the path so picking a field is picking something recognisable. */
  value: unknown;
}

const MAX_DEPTH = 6;
const MAX_ARRAY_ITEMS = 3;

/**
 * Every dot path of a sample event, leaves and containers alike (containers work with `exists`, arrays
 * with `contains`/`in`). Array items appear as `items.0` — the path syntax the filter evaluator reads.
 */
export function flattenPaths(value: unknown, prefix = '', depth = 0): FieldPath[] {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return prefix ? [{ path: prefix, value }] : [];
  const out: FieldPath[] = prefix ? [{ path: prefix, value }] : [];
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.slice(0, MAX_ARRAY_ITEMS).map((item, i) => [String(i), item])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, child] of entries) out.push(...flattenPaths(child, prefix ? `${prefix}.${key}` : key, depth + 1));
  return out;
}

/** A short, single-line preview of a sample value. */
export function previewValue(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `[${value.length} items]`;
  if (value !== null && typeof value === 'object') return '{…}';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
