import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import semver from 'semver';
import { SDK_MAJOR, SDK_PACKAGE_NAME, SDK_VERSION } from '../version.js';

export const PLUGIN_KEYWORD = 'signalbox-channel';

/** The parts of a plugin's package.json discovery reads. */
export interface PluginManifest {
  dir: string;
  packageName: string;
  packageVersion: string;
  /** Absolute path of the module whose default export is the channel definition. */
  entry: string;
  sdkRange?: string;
}

type PackageJson = {
  name?: unknown;
  version?: unknown;
  keywords?: unknown;
  signalbox?: { channel?: unknown };
  peerDependencies?: Record<string, unknown>;
  dependencies?: Record<string, unknown>;
};

export function readPackageJson(dir: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}

/** A package declares a channel with BOTH the `signalbox.channel` entry and the keyword (npm search finds the keyword). */
export function declaresChannel(pkg: PackageJson): boolean {
  return typeof pkg.signalbox?.channel === 'string' && Array.isArray(pkg.keywords) && pkg.keywords.includes(PLUGIN_KEYWORD);
}

/** Reads a declared plugin's manifest; throws a message naming the package when it is unusable. */
export function manifestOf(dir: string, pkg: PackageJson): PluginManifest {
  const packageName = typeof pkg.name === 'string' ? pkg.name : dir;
  const entryPath = String(pkg.signalbox?.channel);
  const entry = resolve(dir, entryPath);
  const inside = relative(dir, entry);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`${packageName}: signalbox.channel "${entryPath}" points outside the package`);
  const range = pkg.peerDependencies?.[SDK_PACKAGE_NAME] ?? pkg.dependencies?.[SDK_PACKAGE_NAME];
  return {
    dir,
    packageName,
    packageVersion: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
    entry,
    ...(typeof range === 'string' ? { sdkRange: range } : {}),
  };
}

/**
 * Whether the plugin was built for this SDK's major: its declared range must admit some version of it. Local
 * links (`*`, `workspace:`, `file:`) are the monorepo's own packages and always match.
 */
export function sdkCompatibility(manifest: PluginManifest): string | undefined {
  const range = manifest.sdkRange;
  if (range === undefined) return `${manifest.packageName}: declare the SDK it was built for, e.g. "peerDependencies": { "${SDK_PACKAGE_NAME}": "^${SDK_MAJOR}.0.0" }`;
  if (range === '*' || /^(workspace|file|link):/.test(range)) return undefined;
  const valid = semver.validRange(range);
  const ours = `>=${SDK_MAJOR}.0.0 <${SDK_MAJOR + 1}.0.0-0`;
  if (valid === null || !semver.intersects(valid, ours, { includePrerelease: true })) {
    return `${manifest.packageName} requires ${SDK_PACKAGE_NAME} "${range}", but this host runs ${SDK_VERSION} (major ${SDK_MAJOR}): install a version of the plugin built for SDK ${SDK_MAJOR}.x`;
  }
  return undefined;
}
