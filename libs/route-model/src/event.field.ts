/**
 * Reads a dot path such as `data.metadata.region` or `data.items.0` (also `data.items[0]`) from an event.
 * A leading `event.` is accepted so filters can use the same paths as templates. Only own properties are
 * followed, so `constructor` or `__proto__` never resolve to something the event did not contain.
 */
export function readField(root: unknown, path: string): unknown {
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (segments[0] === 'event' && segments.length > 1) segments.shift();
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Top-level names a field path may start with. */
export const EVENT_FIELD_ROOTS = ['id', 'type', 'source', 'severity', 'timestamp', 'subject', 'data', 'event'] as const;

export function fieldRoot(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.')[0] ?? '';
}
