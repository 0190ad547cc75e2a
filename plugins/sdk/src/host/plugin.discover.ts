import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyChannelDefinition } from '../channel.types.js';
import { validateChannelDefinition } from '../define-channel.js';
import { declaresChannel, manifestOf, readPackageJson, sdkCompatibility, type PluginManifest } from './plugin.manifest.js';
import { provideHostPackagesTo } from './plugin.provide.js';

export type PluginSource = 'installed' | 'plugins-dir';

/** Where a loaded plugin came from: served by `GET /v1/plugins` next to the catalogue entry. */
export interface PluginProvenance {
  id: string;
  name: string;
  version: string;
  package: string;
  packageVersion: string;
  source: PluginSource;
  path: string;
}

export interface DiscoveredPlugin {
  definition: AnyChannelDefinition;
  provenance: PluginProvenance;
}

export interface DiscoverOptions {
  /** node_modules directories to scan (`*` and `@scope/*`, symlinked workspace packages followed). */
  searchRoots: string[];
  /** Drop-in folder: every sub-folder must be a channel package (PLUGINS_DIR). */
  pluginsDir?: string;
}

/** Start-up failure listing every broken plugin at once: duplicates, SDK mismatches, bad definitions. */
export class PluginDiscoveryError extends Error {
  override name = 'PluginDiscoveryError';
  constructor(readonly problems: string[]) {
    super(`Cannot load channel plugins:\n- ${problems.join('\n- ')}`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory(); // stat, not lstat: workspace packages are symlinks
  } catch {
    return false;
  }
}

function packageDirs(root: string): string[] {
  if (!isDirectory(root)) return [];
  return readdirSync(root)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(root, name)).map((inner) => join(root, name, inner)) : [join(root, name)]))
    .filter(isDirectory);
}

type Candidate = { manifest: PluginManifest; source: PluginSource };

function candidates(options: DiscoverOptions, problems: string[]): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<string>(); // a hoisted package is reachable from several roots
  const add = (dir: string, source: PluginSource, strict: boolean) => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const pkg = readPackageJson(dir);
    if (!pkg || !declaresChannel(pkg)) {
      // Installed packages are mostly not plugins; a folder someone put in PLUGINS_DIR should be one.
      if (strict) problems.push(`${dir}: not a channel package (package.json needs "signalbox": { "channel": "<entry>" } and the keyword "signalbox-channel")`);
      return;
    }
    try {
      found.push({ manifest: manifestOf(real, pkg), source });
    } catch (error) {
      problems.push((error as Error).message);
    }
  };
  for (const root of options.searchRoots) for (const dir of packageDirs(root)) add(dir, 'installed', false);
  if (options.pluginsDir !== undefined) {
    if (!isDirectory(options.pluginsDir)) problems.push(`PLUGINS_DIR ${options.pluginsDir} is not a directory`);
    else for (const dir of readdirSync(options.pluginsDir).filter((n) => !n.startsWith('.') && n !== 'node_modules').map((n) => join(options.pluginsDir!, n)).filter(isDirectory)) add(dir, 'plugins-dir', true);
  }
  return found;
}

async function load({ manifest, source }: Candidate): Promise<DiscoveredPlugin> {
  if (!existsSync(manifest.entry)) throw new Error(`${manifest.packageName}: entry ${manifest.entry} does not exist (not built?)`);
  if (source === 'plugins-dir') provideHostPackagesTo(manifest.dir);
  const module = (await import(/* @vite-ignore */ pathToFileURL(manifest.entry).href)) as { default?: unknown };
  const definition = module.default as AnyChannelDefinition | undefined;
  if (definition === undefined) throw new Error(`${manifest.packageName}: ${manifest.entry} has no default export (export default defineChannel({...}))`);
  const problems = validateChannelDefinition(definition);
  if (problems.length > 0) throw new Error(`${manifest.packageName}: invalid channel definition: ${problems.join('; ')}`);
  const { id, name, version } = definition;
  return { definition, provenance: { id, name, version, package: manifest.packageName, packageVersion: manifest.packageVersion, source, path: manifest.dir } };
}

/**
 * Finds and loads every installed channel plugin: packages in `searchRoots` declaring `signalbox.channel` and the
 * `signalbox-channel` keyword, plus the folders in `pluginsDir`. Fails with every problem listed — duplicate ids
 * (naming both packages), SDK major mismatches, entries that do not load or define a valid channel.
 */
export async function discoverChannelPlugins(options: DiscoverOptions): Promise<DiscoveredPlugin[]> {
  const problems: string[] = [];
  const loaded: DiscoveredPlugin[] = [];
  for (const candidate of candidates(options, problems)) {
    const incompatible = sdkCompatibility(candidate.manifest);
    if (incompatible) {
      problems.push(incompatible); // not imported: code built against another major must not run
      continue;
    }
    try {
      loaded.push(await load(candidate));
    } catch (error) {
      problems.push(error instanceof Error && error.message.startsWith(candidate.manifest.packageName) ? error.message : `${candidate.manifest.packageName}: cannot load ${candidate.manifest.entry}: ${(error as Error).message}`);
    }
  }
  const byId = new Map<string, DiscoveredPlugin>();
  for (const plugin of loaded) {
    const other = byId.get(plugin.provenance.id);
    if (other) problems.push(`channel id "${plugin.provenance.id}" is declared by both ${other.provenance.package} (${other.provenance.path}) and ${plugin.provenance.package} (${plugin.provenance.path}): uninstall one`);
    else byId.set(plugin.provenance.id, plugin);
  }
  if (problems.length > 0) throw new PluginDiscoveryError(problems);
  return [...byId.values()].sort((a, b) => a.provenance.id.localeCompare(b.provenance.id));
}
