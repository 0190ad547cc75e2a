type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getPath(target: Bag, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isBag(node) ? node[key] : undefined), target);
}

/** Sets `a.b`, creating `a` when missing (a secret-only group has no other keys left in the stored config). */
export function setPath(target: Bag, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) {
    if (!isBag(node[key])) node[key] = {};
    node = node[key] as Bag;
  }
  node[last] = value;
}

export function deletePath(target: Bag, path: string): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<unknown>((node, key) => (isBag(node) ? node[key] : undefined), target);
  if (isBag(parent)) delete parent[last];
}

/** Every string inside a value (a secret may be a record, e.g. auth headers). */
export function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (isBag(value)) return Object.values(value).flatMap(stringLeaves);
  return [];
}

export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}

export { isBag };
