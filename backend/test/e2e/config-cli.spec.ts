import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startTestApp, type TestApp } from '../test-app.js';
import { SECRETS, seedConfiguration } from './config-as-code.fixtures.js';

const CLI = resolve(import.meta.dirname, '../../../libs/cli/bin/signalbox.js');

/** `signalbox …` as a child process (the built CLI), with only the environment given here. */
function signalbox(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) =>
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

describe('the signalbox CLI against a running API', () => {
  let api: TestApp;
  let dir: string;
  let env: Record<string, string>;
  const secrets = { OPS_WEBHOOK_URL: SECRETS.url, OPS_WEBHOOK_SIGNING_SECRET: SECRETS.signing, AUDIT_LOG_URL: 'https://audit.example.com/in' };

  beforeAll(async () => {
    api = await startTestApp();
    await seedConfiguration(api);
    await api.app.listen(0, '127.0.0.1');
    env = { SIGNALBOX_URL: await api.app.getUrl(), SIGNALBOX_API_KEY: api.apiKey };
    dir = await mkdtemp(join(tmpdir(), 'signalbox-cli-'));
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('export prints the same YAML as the API, without secrets', async () => {
    const run = await signalbox(['export'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe((await api.request('GET', '/v1/config/export')).body);
    expect(run.stdout).not.toContain(SECRETS.signing);
  });

  it('apply --dry-run prints the diff of a changed file and writes nothing; apply then makes it so, once', async () => {
    const doc = parse((await signalbox(['export'], env)).stdout);
    doc.routes[0].graph.nodes[1].config.title = 'Deploy of {{data.service}} FAILED';
    const file = join(dir, 'signalbox.yaml');
    await writeFile(file, stringify(doc));
    const before = (await api.request('GET', '/v1/config/export')).body;

    const dry = await signalbox(['apply', '-f', file, '--dry-run'], { ...env, ...secrets });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe([
      '~ route "Deploy failures"',
      '    graph.nodes[1].config.title: "Deploy of {{data.service}} failed" → "Deploy of {{data.service}} FAILED"',
      'Dry run: 0 to create, 1 to change, 0 to delete, 6 unchanged. Nothing was written.',
      '',
    ].join('\n'));
    expect((await api.request('GET', '/v1/config/export')).body).toBe(before);

    const applied = await signalbox(['apply', '-f', file], { ...env, ...secrets });
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Applied: 0 created, 1 changed, 0 deleted, 6 unchanged.');
    const again = await signalbox(['apply', '-f', file], { ...env, ...secrets });
    expect(again.stdout).toContain('No changes: the server already matches the file.');
  });

  it('exits non-zero, naming the problem: an unset secret variable, a file the API refuses, a wrong key', async () => {
    const file = join(dir, 'export.yaml');
    await writeFile(file, (await signalbox(['export'], env)).stdout);
    const unset = await signalbox(['apply', '-f', file, '--dry-run'], { ...env, AUDIT_LOG_URL: 'https://audit.example.com/in', OPS_WEBHOOK_URL: SECRETS.url });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toBe('signalbox: channels[1].config.signing.secret: environment variable OPS_WEBHOOK_SIGNING_SECRET is not set\n');

    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'apiVersion: signalbox/v1\nroutes:\n  - name: R\n    graph: { nodes: [{ id: s, type: send, config: { channel: Nope } }] }\n');
    const refused = await signalbox(['apply', '-f', bad, '--dry-run'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('routes[0].graph.nodes[0].config.channel: no channel named "Nope"');

    const wrongKey = await signalbox(['export'], { ...env, SIGNALBOX_API_KEY: 'sbx_wrong_wrong_wrong_wrong_wrong' });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/^signalbox: 401: /);
  });
});
