import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The application's own `node_modules`, where npm installed its dependencies: the one beside the host's
 * package.json (the nearest one above `startDir`) and, when that package is a workspace member, the one at the
 * workspace root (npm hoists there). Nothing above the project: a plugin somewhere up the tree (a home directory's
 * node_modules, `/node_modules`) is not this application's, and loading it would run code nobody installed here.
 */
export function defaultSearchRoots(startDir: string): string[] {
  const app = findUp(startDir, (dir) => existsSync(join(dir, 'package.json')));
  if (!app) return [];
  const workspaceRoot = findUp(dirname(app), declaresWorkspaces);
  const roots = [app, ...(workspaceRoot ? [workspaceRoot] : [])].map((dir) => join(dir, 'node_modules'));
  return roots.filter((dir) => existsSync(dir));
}

function findUp(from: string, found: (dir: string) => boolean): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (found(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function declaresWorkspaces(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return Array.isArray((JSON.parse(readFileSync(file, 'utf8')) as { workspaces?: unknown }).workspaces);
  } catch {
    return false;
  }
}
