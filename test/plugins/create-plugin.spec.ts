import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, run, runVitest, scaffoldAndBuild, typecheck } from './scaffold.support.js';

describe('npm run create-plugin', () => {
  let temp: string;
  let dir: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'sb-create-plugin-'));
    dir = scaffoldAndBuild('acme-chat', join(temp, 'acme-chat'));
  }, 180_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('generates a discoverable package that builds', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({
      name: 'signalbox-channel-acme-chat',
      type: 'module',
      keywords: expect.arrayContaining(['signalbox-channel']),
      signalbox: { channel: './dist/index.js' },
      peerDependencies: { '@signalbox/plugin-sdk': '^1.0.0' },
      exports: { '.': { '@signalbox/source': './src/index.ts', default: './dist/index.js' } },
      scripts: { build: expect.any(String), typecheck: expect.any(String) },
    });
    for (const file of ['src/index.ts', 'src/acme-chat.contract.spec.ts', 'README.md', 'tsconfig.json', 'tsconfig.build.json', 'vitest.config.ts', 'dist/index.js', 'dist/index.d.ts']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(existsSync(join(dir, 'dist/acme-chat.contract.spec.js'))).toBe(false);
    typecheck(dir);
  });

  it('passes the SDK contract kit out of the box', () => {
    const output = runVitest(dir);
    expect(output).toMatch(/channel contract: acme-chat/);
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
  }, 180_000);

  it('refuses invalid ids and non-empty targets', () => {
    expect(() => run('node', ['tools/create-plugin/create-plugin.mjs', 'Bad_Name', '--dir', join(temp, 'bad')], repoRoot)).toThrow(/not a valid channel id/);
    expect(() => run('node', ['tools/create-plugin/create-plugin.mjs', 'acme-chat', '--dir', dir], repoRoot)).toThrow(/already exists and is not empty/);
  });
});
