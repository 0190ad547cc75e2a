import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestReceiver, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, run } from '../plugins/scaffold.support.js';

const NPM = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** `npm pack` a built workspace package into `dest`; returns the tarball's path. */
function pack(workspaceDir: string, dest: string): string {
  const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dest], join(repoRoot, workspaceDir))) as Array<{ filename: string }>;
  return join(dest, out[0]!.filename);
}

// Acceptance for a publishable SDK (needs `npm run build` first): the tarballs install with plain npm in a
// directory outside the workspace, a scaffolded plugin builds against them and passes the contract kit, and a host
// built from the same tarballs loads it from PLUGINS_DIR and delivers through it.
describe('the packed plugin SDK, outside the workspace', () => {
  let temp: string;
  let sdkTgz: string;
  let routeModelTgz: string;
  let receiver: TestReceiver;

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'sb-sdk-pack-'));
    const packs = join(temp, 'packs');
    mkdirSync(packs);
    sdkTgz = pack('plugins/sdk', packs);
    // The SDK's template rendering and sample catalogue come from route-model, published alongside it.
    routeModelTgz = pack('libs/route-model', packs);
    receiver = await startTestReceiver();
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('scaffolds, builds and passes the contract kit, then loads as a drop-in and delivers', async () => {
    const pluginDir = join(temp, 'acme-pager');
    run('node', [join(repoRoot, 'tools/create-plugin/create-plugin.mjs'), 'acme-pager', '--dir', pluginDir, '--sdk', sdkTgz], repoRoot);
    const manifest = JSON.parse(readFileSync(join(pluginDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.devDependencies).toMatchObject({ '@signalbox/plugin-sdk': `file:${sdkTgz}` });
    // Until route-model is on the registry, point npm at its tarball (what the published range would resolve to).
    writeFileSync(join(pluginDir, 'package.json'), JSON.stringify({ ...manifest, overrides: { '@signalbox/route-model': `file:${routeModelTgz}` } }, null, 2));
    run('npm', ['install', ...NPM], pluginDir, 240_000);
    run('npm', ['run', 'build'], pluginDir);
    const tests = run('npm', ['test', '--', '--reporter=verbose'], pluginDir, 170_000);
    expect(tests).toMatch(/contract/i);
    expect(tests).not.toMatch(/\bfailed\b/i);

    // The operator's side: a host app with the same tarballs, and the plugin folder copied without node_modules.
    const appDir = join(temp, 'app');
    mkdirSync(appDir);
    writeFileSync(join(appDir, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
    run('npm', ['install', ...NPM, sdkTgz, routeModelTgz], appDir, 240_000);
    const pluginsDir = join(temp, 'plugins');
    cpSync(pluginDir, join(pluginsDir, 'acme-pager'), { recursive: true, filter: (source) => !source.includes('node_modules') });
    const script = `
      import { createHttpClient, testMessage } from '@signalbox/plugin-sdk';
      import { deliverMessage, loadPluginRegistry } from '@signalbox/plugin-sdk/host';
      const [pluginsDir, url] = process.argv.slice(1);
      const registry = await loadPluginRegistry({ from: process.cwd(), pluginsDir });
      const http = createHttpClient({ allowPrivateNetworks: true });
      const logger = { info() {}, warn() {}, error() {} };
      const outcome = await deliverMessage(registry.get('acme-pager'), {
        message: testMessage({}, 'Pager room'), config: { url }, idempotencyKey: 'k1', attempt: 1, isTest: true, http, logger,
      });
      await http.close();
      console.log(JSON.stringify({ plugins: registry.list().map(({ id, source }) => ({ id, source })), ok: outcome.ok }));`;
    // Asynchronously: the receiver lives in this process and must answer while the host sends.
    const { stdout } = await promisify(execFile)('node', ['--input-type=module', '-e', script, pluginsDir, `${receiver.url}/hook`], { cwd: appDir, timeout: 60_000 });
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(output).toEqual({ plugins: [{ id: 'acme-pager', source: 'plugins-dir' }], ok: true });
    expect(receiver.requests).toHaveLength(1);
    expect(JSON.parse(receiver.requests[0]!.body)).toMatchObject({ severity: 'info' });
  }, 600_000);
});
