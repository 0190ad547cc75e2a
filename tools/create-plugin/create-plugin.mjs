#!/usr/bin/env node
// Scaffolds a Signalbox channel plugin: plain template files with {{tokens}}, copied and filled in. No generator
// framework — the templates are the documentation of what a plugin package needs.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;

export function scaffoldPlugin({ id, dir, name, sdk: sdkTarball }) {
  if (!ID_PATTERN.test(id)) throw new Error(`"${id}" is not a valid channel id: lowercase letters, digits and "-", starting with a letter, 2-41 characters`);
  const target = resolve(dir ?? join(repoRoot, 'plugins', id));
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`${target} already exists and is not empty`);
  // Inside this monorepo the package follows the house layout (extends tsconfig.base, vitest project); elsewhere
  // it is self-contained, ready for `npm publish`.
  const inRepo = resolve(target, '../..') === repoRoot && relative(repoRoot, target).startsWith('plugins');
  const sdk = JSON.parse(readFileSync(join(repoRoot, 'plugins/sdk/package.json'), 'utf8'));
  const words = id.split('-');
  const tokens = {
    id,
    Name: name ?? words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' '),
    Pascal: words.map((w) => w[0].toUpperCase() + w.slice(1)).join(''),
  };
  const fill = (text) => text.replace(/\{\{(\w+)\}\}/g, (match, key) => tokens[key] ?? match);
  for (const layer of ['common', inRepo ? 'monorepo' : 'standalone']) copyTree(join(here, 'template', layer), target, fill, id);
  // `--sdk <tgz>`: an SDK tarball from `npm pack` (before it is published, or to try a local change) instead of the registry.
  const sdkSpec = sdkTarball ? `file:${resolve(sdkTarball)}` : undefined;
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(packageJson(tokens, sdk, inRepo, sdkSpec), null, 2)}\n`);
  return { target, inRepo };
}

function copyTree(from, to, fill, id) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    const destination = join(to, entry.replace(/\.tmpl$/, '').replace('__id__', id));
    if (statSync(source).isDirectory()) copyTree(source, destination, fill, id);
    else writeFileSync(destination, fill(readFileSync(source, 'utf8')));
  }
}

function packageJson(tokens, sdk, inRepo, sdkSpec) {
  const sdkRange = `^${sdk.version.split('.')[0]}.0.0`;
  return {
    name: inRepo ? `@signalbox/channel-${tokens.id}` : `signalbox-channel-${tokens.id}`,
    version: '0.1.0',
    ...(inRepo ? { private: true } : {}),
    description: `Signalbox channel plugin: ${tokens.Name}`,
    type: 'module',
    // Discovery needs both: the entry under "signalbox" and the keyword (also how npm search finds plugins).
    keywords: ['signalbox-channel', 'signalbox', 'alerts'],
    signalbox: { channel: './dist/index.js' },
    exports: { '.': { '@signalbox/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' } },
    files: ['dist', 'src'],
    scripts: { build: 'tsc -p tsconfig.build.json', typecheck: 'tsc -p tsconfig.json --noEmit', test: 'vitest run' },
    ...(inRepo ? { nx: { tags: ['scope:plugin', 'type:plugin'] } } : {}),
    // The host supplies the SDK; its major must match the host's, which discovery checks against this range.
    peerDependencies: { '@signalbox/plugin-sdk': sdkRange },
    dependencies: { zod: sdk.dependencies.zod },
    devDependencies: { '@signalbox/plugin-sdk': inRepo ? '*' : (sdkSpec ?? sdkRange), typescript: '^5.9.3', vitest: '^4.1.12', '@types/node': '^20.19.0' },
  };
}

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' }, name: { type: 'string' }, sdk: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || positionals.length !== 1) {
    console.log('Usage: npm run create-plugin -- <id> [--dir <path>] [--name "Display Name"] [--sdk <plugin-sdk.tgz>]\n  default dir: plugins/<id>');
    process.exit(values.help ? 0 : 1);
  }
  try {
    const { target, inRepo } = scaffoldPlugin({ id: positionals[0], dir: values.dir, name: values.name, sdk: values.sdk });
    console.log(`Created ${target}`);
    console.log(inRepo ? '\nNext: npm install (links the workspace), then\n' : `\nNext: cd ${target} && npm install, then\n`);
    console.log('  npm run build && npm test     # the contract kit runs in src/*.contract.spec.ts\n\nGuide: docs/plugin-authors.md');
  } catch (error) {
    console.error(`create-plugin: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
