import { existsSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

/**
 * Every `node_modules` from `startDir` up to the filesystem root — where Node itself would resolve packages from
 * that directory, so the host finds the plugins installed next to it (and hoisted workspace packages).
 */
export function defaultSearchRoots(startDir: string): string[] {
  const roots: string[] = [];
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules');
    if (existsSync(candidate)) roots.push(candidate);
    if (dir === parse(dir).root) return roots;
  }
}
