import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SDK_MAJOR } from '../version.js';
import { discoverChannelPlugins, PluginDiscoveryError } from './plugin.discover.js';
import { writePluginPackage } from './plugin-package.fixture.js';
import { loadPluginRegistry } from './plugin.load.js';
import { sdkCompatibility } from './plugin.manifest.js';
import { defaultSearchRoots } from './plugin.roots.js';

const ours = `^${SDK_MAJOR}.0.0`;
let temp: string;
let modules: string;

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'sb-discover-'));
  modules = join(temp, 'node_modules');
  mkdirSync(join(modules, '@acme'), { recursive: true });
  // Installed plugins resolve their own dependencies from node_modules, as in a real install.
  symlinkSync(dirname(createRequire(import.meta.url).resolve('zod/package.json')), join(modules, 'zod'), 'dir');
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

async function problems(options: Parameters<typeof discoverChannelPlugins>[0]): Promise<string[]> {
  const error = await discoverChannelPlugins(options).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PluginDiscoveryError);
  return (error as PluginDiscoveryError).problems;
}

describe('discoverChannelPlugins', () => {
  it('finds declared packages (scoped, symlinked) and drop-ins, with provenance; ignores packages without the keyword', async () => {
    writePluginPackage(modules, { name: 'signalbox-channel-alpha', id: 'alpha', sdkRange: ours });
    const elsewhere = join(temp, 'workspace');
    mkdirSync(elsewhere);
    const linked = writePluginPackage(elsewhere, { name: 'beta', id: 'beta', sdkRange: '*' });
    symlinkSync(linked, join(modules, '@acme', 'beta'), 'dir');
    writePluginPackage(modules, { name: 'no-keyword', id: 'nokeyword', sdkRange: ours, keyword: false });
    mkdirSync(join(modules, 'lodash'));
    writeFileSync(join(modules, 'lodash', 'package.json'), '{"name":"lodash"}');
    const dropIns = join(temp, 'plugins');
    mkdirSync(dropIns);
    writePluginPackage(dropIns, { name: 'gamma', id: 'gamma', sdkRange: ours, version: '0.3.0' });
    writeFileSync(join(dropIns, 'README.txt'), 'files next to plugin folders are ignored');

    const found = await discoverChannelPlugins({ searchRoots: [modules, modules], pluginsDir: dropIns });
    expect(found.map((p) => p.provenance)).toEqual([
      { id: 'alpha', name: 'Fixture alpha', version: '1.2.3', package: 'signalbox-channel-alpha', packageVersion: '1.2.3', source: 'installed', path: expect.stringContaining('alpha') },
      { id: 'beta', name: 'Fixture beta', version: '1.2.3', package: 'beta', packageVersion: '1.2.3', source: 'installed', path: linked },
      { id: 'gamma', name: 'Fixture gamma', version: '0.3.0', package: 'gamma', packageVersion: '0.3.0', source: 'plugins-dir', path: expect.stringContaining('gamma') },
    ]);
    expect(found[0]!.definition.format({ title: 'hi' } as never, {})).toEqual({ text: 'hi' });
  });

  it('refuses duplicate ids, naming both packages', async () => {
    writePluginPackage(modules, { name: 'slack-one', id: 'slack', sdkRange: ours });
    writePluginPackage(join(modules, '@acme'), { name: 'slack', id: 'slack', sdkRange: ours });
    const [problem] = await problems({ searchRoots: [modules] });
    expect(problem).toMatch(/channel id "slack" is declared by both (slack-one|slack) .* and (slack-one|slack) /);
    expect(problem).toContain('slack-one');
    expect(problem).toContain('@acme');
  });

  it('refuses a plugin built for another SDK major without running it, and one that declares no SDK', async () => {
    writePluginPackage(modules, { name: 'old-plugin', id: 'old', sdkRange: `^${SDK_MAJOR + 1}.0.0`, source: 'throw new Error("must not be imported")' });
    writePluginPackage(modules, { name: 'vague-plugin', id: 'vague' });
    const list = await problems({ searchRoots: [modules] });
    expect(list).toEqual([
      expect.stringMatching(new RegExp(`old-plugin requires @signalbox/plugin-sdk "\\^${SDK_MAJOR + 1}\\.0\\.0", but this host runs .* \\(major ${SDK_MAJOR}\\)`)),
      expect.stringMatching(/vague-plugin: declare the SDK it was built for/),
    ]);
  });

  it('reports every broken plugin at once: bad definition, missing entry, non-plugin folder in PLUGINS_DIR', async () => {
    writePluginPackage(modules, { name: 'bad-def', id: 'bad', sdkRange: ours, source: 'export default { id: "Bad Id", name: "x" };' });
    const unbuilt = writePluginPackage(modules, { name: 'unbuilt', id: 'unbuilt', sdkRange: ours });
    rmSync(join(unbuilt, 'dist'), { recursive: true });
    const dropIns = join(temp, 'plugins');
    mkdirSync(join(dropIns, 'stray'), { recursive: true });
    const list = await problems({ searchRoots: [modules], pluginsDir: dropIns });
    expect(list).toHaveLength(3);
    expect(list).toEqual(expect.arrayContaining([
      expect.stringMatching(/^bad-def: invalid channel definition: id must match/),
      expect.stringMatching(/^unbuilt: entry .* does not exist \(not built\?\)/),
      expect.stringMatching(/stray: not a channel package/),
    ]));
  });

  it('fails clearly when PLUGINS_DIR does not exist', async () => {
    expect(await problems({ searchRoots: [], pluginsDir: join(temp, 'missing') })).toEqual([expect.stringMatching(/PLUGINS_DIR .*missing is not a directory/)]);
  });
});

describe('loadPluginRegistry', () => {
  it('serves discovered plugins with their provenance in the catalogue', async () => {
    writePluginPackage(modules, { name: 'signalbox-channel-alpha', id: 'alpha', sdkRange: ours });
    const registry = await loadPluginRegistry({ from: temp, searchRoots: [modules] });
    expect(registry.list()).toEqual([
      expect.objectContaining({ id: 'alpha', version: '1.2.3', source: 'installed', package: 'signalbox-channel-alpha', packageVersion: '1.2.3', configSchema: expect.objectContaining({ type: 'object' }) }),
    ]);
  });
});

describe('sdkCompatibility', () => {
  const check = (sdkRange: string) => sdkCompatibility({ dir: '/x', packageName: 'p', packageVersion: '1.0.0', entry: '/x/i.js', sdkRange });
  it.each([`^${SDK_MAJOR}.0.0`, `${SDK_MAJOR}.x`, `>=${SDK_MAJOR}.0.0`, '*', 'workspace:*', 'file:../sdk'])('accepts %s', (range) => expect(check(range)).toBeUndefined());
  it.each([`^${SDK_MAJOR + 1}.0.0`, `<${SDK_MAJOR}.0.0`, 'not-a-range'])('refuses %s', (range) => expect(check(range)).toMatch(/requires @signalbox\/plugin-sdk/));
});

describe('defaultSearchRoots', () => {
  const pkg = (dir: string, json: object) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(json));
  };

  it("scans the application's own node_modules, not those of directories above it", () => {
    // temp/node_modules (set up above) stands for a stray one up the tree, e.g. a home directory's.
    const app = join(temp, 'srv', 'app');
    pkg(app, { name: 'app' });
    mkdirSync(join(app, 'node_modules'));
    mkdirSync(join(app, 'dist', 'plugins'), { recursive: true });
    expect(defaultSearchRoots(join(app, 'dist', 'plugins'))).toEqual([join(app, 'node_modules')]);
  });

  it('adds the workspace root of a workspace member (npm hoists there), and nothing above it', () => {
    const root = join(temp, 'repo');
    pkg(root, { name: 'repo', workspaces: ['backend'] });
    mkdirSync(join(root, 'node_modules'));
    pkg(join(root, 'backend'), { name: 'backend' });
    mkdirSync(join(root, 'backend', 'dist'), { recursive: true });
    expect(defaultSearchRoots(join(root, 'backend', 'dist'))).toEqual([join(root, 'node_modules')]);
    expect(defaultSearchRoots(join(root, 'backend', 'dist'))).not.toContain(modules);
  });
});
