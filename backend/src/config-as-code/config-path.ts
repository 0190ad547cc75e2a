type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Dotted paths into a plugin config, as plugins name their secret fields (`signing.secret`). */
export function getPath(target: Bag, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isBag(node) ? node[key] : undefined), target);
}

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
