import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixturePackage {
  name: string;
  id: string;
  sdkRange?: string;
  keyword?: boolean;
  version?: string;
  /** Module source instead of the default valid channel (e.g. a broken one). */
  source?: string;
}

/** A minimal channel module in plain ESM (what `tsc` emits), importing only zod. */
export function channelSource(id: string, version = '1.2.3'): string {
  return `import { z } from 'zod';
export default {
  id: ${JSON.stringify(id)}, name: ${JSON.stringify(`Fixture ${id}`)}, version: ${JSON.stringify(version)}, escape: 'none',
  config: z.object({ url: z.string() }), secrets: ['url'],
  format: (message) => ({ text: message.title }),
  send: async () => ({ statusCode: 200 }),
};
`;
}

/** Writes a channel package into `dir` (a node_modules or a PLUGINS_DIR); returns its folder. */
export function writePluginPackage(dir: string, pkg: FixturePackage): string {
  const folder = join(dir, pkg.name);
  mkdirSync(join(folder, 'dist'), { recursive: true });
  const manifest = {
    name: pkg.name,
    version: pkg.version ?? '1.2.3',
    type: 'module',
    keywords: pkg.keyword === false ? ['alerts'] : ['alerts', 'signalbox-channel'],
    signalbox: { channel: './dist/index.js' },
    peerDependencies: pkg.sdkRange === undefined ? {} : { '@signalbox/plugin-sdk': pkg.sdkRange },
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(folder, 'dist', 'index.js'), pkg.source ?? channelSource(pkg.id, pkg.version));
  return folder;
}
