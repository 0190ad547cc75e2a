import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestReceiver, type TestReceiver } from '@signalbox/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../backend/test/test-app.js';
import { repoRoot, run, scaffoldAndBuild } from './scaffold.support.js';

const TOKEN = 'drop-in-secret-token-5150';

// Acceptance: a plugin made with create-plugin, built, copied into PLUGINS_DIR — and nothing else changed —
// shows up in the catalogue, takes a channel, and delivers the test message.
describe('a drop-in plugin in PLUGINS_DIR', () => {
  let temp: string;
  let pluginsDir: string;
  let outsideDir: string;
  let t: TestApp;
  let receiver: TestReceiver;

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'sb-drop-in-'));
    const built = scaffoldAndBuild('acme-chat', join(temp, 'work', 'acme-chat'));
    // In-process, vitest's module runner (not Node) resolves the plugin's imports, and it only finds the host's
    // packages from a folder below the repository; the plain-Node test below covers an outside PLUGINS_DIR.
    mkdirSync(join(repoRoot, '.data'), { recursive: true });
    pluginsDir = mkdtempSync(join(repoRoot, '.data', 'test-plugins-'));
    outsideDir = join(temp, 'plugins');
    // What an operator copies: the package folder, built, without node_modules.
    for (const dir of [pluginsDir, outsideDir]) cpSync(built, join(dir, 'acme-chat'), { recursive: true, filter: (source) => !source.includes('node_modules') });
    receiver = await startTestReceiver();
    // The receiver is on 127.0.0.1, which the SSRF guard only allows with ALLOW_PRIVATE_NETWORKS.
    t = await startTestApp({ PLUGINS_DIR: pluginsDir, ALLOW_PRIVATE_NETWORKS: true });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
    rmSync(temp, { recursive: true, force: true });
    if (pluginsDir) rmSync(pluginsDir, { recursive: true, force: true });
  });

  it('is listed by GET /v1/plugins with its version, config schema and source', async () => {
    const res = await t.request('GET', '/v1/plugins');
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: Array<Record<string, unknown>> }).items;
    expect(items.find((p) => p.id === 'acme-chat')).toMatchObject({
      name: 'Acme Chat',
      version: '0.1.0',
      source: 'plugins-dir',
      package: 'signalbox-channel-acme-chat',
      secrets: ['url'],
      configSchema: { type: 'object', properties: { url: { writeOnly: true, format: 'password' }, titlePrefix: { type: 'string' } } },
    });
    expect(items.find((p) => p.id === 'webhook')).toMatchObject({ source: 'installed' });
  });

  it('takes a channel and delivers the test message to it', async () => {
    const created = await t.request('POST', '/v1/channels', { name: 'Acme room', pluginId: 'acme-chat', config: { url: `${receiver.url}/hook?token=${TOKEN}`, titlePrefix: '[staging]' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.body).not.toContain(TOKEN);
    const { id } = created.json() as { id: string };

    const res = await t.request('POST', `/v1/channels/${id}/test`);
    expect(res.json()).toMatchObject({ ok: true, statusCode: 200 });
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request!.path).toBe(`/hook?token=${TOKEN}`);
    const body = JSON.parse(request!.body) as { title: string; severity: string; test: boolean };
    expect(body).toMatchObject({ severity: 'info', test: true });
    expect(body.title).toMatch(/^\[staging\] \[TEST\] .*Acme room/);
  });

  it('loads in a plain Node process too: the host supplies the SDK and zod the folder does not ship', () => {
    // Outside vitest, Node's own resolver runs: this proves the resolve hook for PLUGINS_DIR.
    const script = `
      import { loadPluginRegistry } from '@signalbox/plugin-sdk/host';
      const registry = await loadPluginRegistry({ from: process.cwd(), searchRoots: [], pluginsDir: process.argv[1] });
      console.log(JSON.stringify(registry.list().map(({ id, source, version }) => ({ id, source, version }))));`;
    const output = run('node', ['--input-type=module', '-e', script, outsideDir], repoRoot);
    expect(JSON.parse(output)).toEqual([{ id: 'acme-chat', source: 'plugins-dir', version: '0.1.0' }]);
  });
});
