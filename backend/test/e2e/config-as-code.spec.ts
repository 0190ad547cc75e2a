import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startTestApp, type TestApp } from '../test-app.js';
import { createTestTenant } from '../test-tenant.js';
import { fillEnvRefs, SECRETS, seedConfiguration, yamlHeaders } from './config-as-code.fixtures.js';

type ApplyResult = {
  dryRun: boolean; created: Array<{ kind: string; name: string }>; deleted: Array<{ kind: string; name: string }>;
  unchanged: Array<{ kind: string; name: string }>; changed: Array<{ kind: string; name: string; fields: Array<{ path: string; before?: unknown; after?: unknown; secret?: boolean }> }>;
};
type Issue = { path: string; message: string };

// Issue 12 point 4: configuration as code through the real API on real Postgres (and the run's Temporal).
describe('configuration as code: export and apply', () => {
  let api: TestApp;
  const env = { OPS_WEBHOOK_URL: SECRETS.url, OPS_WEBHOOK_SIGNING_SECRET: SECRETS.signing, AUDIT_LOG_URL: 'https://audit.example.com/in' };
  const exportYaml = async () => {
    const res = await api.request('GET', '/v1/config/export');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/yaml');
    return res.body;
  };
  const apply = async (text: string, query = '') => {
    const res = await api.request('POST', `/v1/config/apply${query ? `?${query}` : ''}`, text, yamlHeaders);
    return { status: res.statusCode, body: res.json() as ApplyResult & { message: string; issues: Issue[] } };
  };
  const counts = async () => {
    const [routes, channels, timings] = await Promise.all(['/v1/routes', '/v1/channels', '/v1/mute-timings'].map(async (u) => ((await api.request('GET', u)).json() as { items: unknown[] }).items.length));
    const versions = await api.dataSource.query('SELECT count(*)::int AS n FROM route_versions WHERE tenant_id = $1', [api.tenantId]) as [{ n: number }];
    return { routes, channels, timings, versions: versions[0].n };
  };

  beforeAll(async () => {
    api = await startTestApp();
    await seedConfiguration(api);
  }, 60_000);
  afterAll(() => api?.close());

  it('exports names instead of ids and secrets only as env references', async () => {
    const text = await exportYaml();
    expect(text).not.toContain(SECRETS.url);
    expect(text).not.toContain(SECRETS.signing);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const doc = parse(text);
    expect(doc.channels.map((c: { name: string }) => c.name)).toEqual(['Audit log', 'Ops webhook']);
    expect(doc.channels[1].config).toMatchObject({ url: { env: 'OPS_WEBHOOK_URL' }, signing: { style: 'standard-webhooks', secret: { env: 'OPS_WEBHOOK_SIGNING_SECRET' } } });
    const notify = doc.routes.find((r: { name: string }) => r.name === 'Deploy failures').graph.nodes[2];
    expect(notify.config).toEqual({ channel: 'Ops webhook', muteTimings: ['Weekend'] });
    // A trigger's mute timings (every send of the route) are named too.
    expect(doc.routes.find((r: { name: string }) => r.name === 'Quiet hours').graph.nodes[0].config).toEqual({ eventTypes: ['db.*'], muteTimings: ['Weekend'] });
    expect(doc.routes.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([['Deploy failures', 'published'], ['Quiet hours', 'disabled'], ['Sketch', 'draft']]);
    const omitted = (await api.request('GET', '/v1/config/export?secrets=omit')).body;
    const ops = parse(omitted).channels[1].config;
    expect(ops).not.toHaveProperty('url');
    expect(ops.signing).not.toHaveProperty('secret');
    expect(ops.signing.style).toBe('standard-webhooks');
  });

  it('applying the export to the same server changes nothing, and makes no new route version', async () => {
    const before = await counts();
    const { status, body } = await apply(fillEnvRefs(await exportYaml(), env));
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ dryRun: false, created: [], changed: [], deleted: [] });
    expect(body.unchanged).toHaveLength(7); // 2 channels, 1 mute timing, 3 routes, 1 silence
    expect(await counts()).toEqual(before);
  });

  it('export → wipe → import → export gives identical YAML', async () => {
    const first = await exportYaml();
    const wipe = await apply('apiVersion: signalbox/v1\n', 'prune=true');
    expect(wipe.status, JSON.stringify(wipe.body)).toBe(200);
    expect(wipe.body.deleted.map((d) => d.kind).sort()).toEqual(['channel', 'channel', 'muteTiming', 'route', 'route', 'route', 'silence']);
    expect(await counts()).toMatchObject({ routes: 0, channels: 0, timings: 0 });
    expect(parse(await exportYaml())).toEqual({ apiVersion: 'signalbox/v1', channels: [], muteTimings: [], routes: [], silences: [] });

    const imported = await apply(fillEnvRefs(first, env));
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.created).toHaveLength(7);
    expect(await exportYaml()).toBe(first);
    // The secrets really arrived: the stored webhook signs with the imported secret.
    const [row] = await api.dataSource.query(`SELECT secrets_ciphertext FROM channels WHERE tenant_id = $1 AND name = 'Ops webhook'`, [api.tenantId]) as [{ secrets_ciphertext: string }];
    expect(row.secrets_ciphertext).not.toContain(SECRETS.signing);
    const again = await apply(fillEnvRefs(first, env));
    expect(again.body).toMatchObject({ created: [], changed: [], deleted: [] });
  });

  it('a dry run of a changed file shows exactly the changes and writes nothing', async () => {
    const doc = parse(fillEnvRefs(await exportYaml(), env));
    doc.routes[0].graph.nodes[1].config.title = 'Deploy of {{data.service}} FAILED';
    doc.channels[0].ratePerSecond = 5;
    doc.channels[1].config.url = 'https://hooks.example.com/rotated';
    delete doc.channels[1].config.signing.secret; // left out: keep the stored value
    const before = await counts();
    const exported = await exportYaml();
    const dry = await apply(stringify(doc), 'dryRun=true');
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: [], deleted: [] });
    expect(dry.body.changed).toEqual([
      { kind: 'channel', name: 'Audit log', fields: [{ path: 'ratePerSecond', before: 2, after: 5 }] },
      { kind: 'channel', name: 'Ops webhook', fields: [{ path: 'config.url', secret: true }] },
      { kind: 'route', name: 'Deploy failures', fields: [{ path: 'graph.nodes[1].config.title', before: 'Deploy of {{data.service}} failed', after: 'Deploy of {{data.service}} FAILED' }] },
    ]);
    expect(JSON.stringify(dry.body)).not.toContain('rotated');
    expect(await counts()).toEqual(before);
    expect(await exportYaml()).toBe(exported);

    const applied = await apply(stringify(doc));
    expect(applied.body.changed).toHaveLength(3);
    expect((await counts()).versions).toBe(before.versions + 1); // only the changed route got a new version
    expect((await apply(stringify(doc))).body).toMatchObject({ created: [], changed: [], deleted: [] });
  });

  it('status changes enable and disable without a new version; prune deletes only what the file leaves out', async () => {
    const doc = parse((await api.request('GET', '/v1/config/export?secrets=omit')).body); // secrets left out: kept
    const byName = (name: string) => doc.routes.find((r: { name: string }) => r.name === name);
    byName('Deploy failures').status = 'disabled';
    byName('Quiet hours').status = 'published';
    doc.routes = doc.routes.filter((r: { name: string }) => r.name !== 'Sketch');
    const before = await counts();
    const dry = await apply(stringify(doc), 'dryRun=true&prune=true');
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.changed).toEqual([
      { kind: 'route', name: 'Deploy failures', fields: [{ path: 'status', before: 'published', after: 'disabled' }] },
      { kind: 'route', name: 'Quiet hours', fields: [{ path: 'status', before: 'disabled', after: 'published' }] },
    ]);
    expect(dry.body.deleted).toEqual([{ kind: 'route', name: 'Sketch' }]);
    expect(await counts()).toEqual(before);

    expect((await apply(stringify(doc), 'prune=true')).status).toBe(200);
    const routes = ((await api.request('GET', '/v1/routes')).json() as { items: Array<{ name: string; status: string }> }).items;
    expect(routes.map((r) => [r.name, r.status]).sort()).toEqual([['Deploy failures', 'disabled'], ['Quiet hours', 'published']]);
    expect((await counts()).versions).toBe(before.versions);
    const again = await apply(stringify(doc), 'dryRun=true&prune=true');
    expect(again.body).toMatchObject({ created: [], changed: [], deleted: [] });
  });

  it('another tenant sees only its own configuration; two channels of one name make export and apply answer 409', async () => {
    const other = await createTestTenant(api.dataSource, 'other');
    const as = { authorization: `Bearer ${other.apiKey}` };
    const empty = await api.request('GET', '/v1/config/export', undefined, as);
    expect(parse(empty.body)).toEqual({ apiVersion: 'signalbox/v1', channels: [], muteTimings: [], routes: [], silences: [] });
    for (let i = 0; i < 2; i++) {
      const res = await api.request('POST', '/v1/channels', { name: 'Twin', pluginId: 'webhook', config: { url: 'https://twin.example.com', signing: { style: 'none' } } }, as);
      expect(res.statusCode, res.body).toBe(201);
    }
    const exported = await api.request('GET', '/v1/config/export', undefined, as);
    expect(exported.statusCode).toBe(409);
    expect(exported.json().message).toContain('two channels are named "Twin"');
    const applied = await api.request('POST', '/v1/config/apply?dryRun=true', 'apiVersion: signalbox/v1\n', { ...as, ...yamlHeaders });
    expect(applied.statusCode).toBe(409);
  });

  it('the example file of docs/config-as-code.md is valid (a dry run would create all of it)', async () => {
    const docs = await readFile(resolve(import.meta.dirname, '../../../docs/config-as-code.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(docs)![1]!.replace('2026-01-08T00:00:00.000Z', new Date(Date.now() + 86_400_000).toISOString());
    const { status, body } = await apply(fillEnvRefs(example, {
      OPS_SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T000/B000/XXXX', AUDIT_LOG_URL: 'https://audit.example.com/in',
      AUDIT_LOG_SIGNING_SECRET: SECRETS.signing,
    }), 'dryRun=true');
    expect(status, JSON.stringify(body)).toBe(200);
    // This tenant already has "Weekend", "Audit log" and "Deploy failures": the example changes those.
    const planned = [...body.created, ...body.changed, ...body.unchanged].map((c) => `${c.kind} ${c.name}`).sort();
    expect(planned).toEqual(['channel Audit log', 'channel Ops Slack', 'muteTiming Weekend', 'route Deploy failures', 'silence {type="db.down", data.env=~"staging|dev"}']);
    expect(body.created.map((c) => c.name)).toEqual(['Ops Slack']);
  });

  it('refuses bad input with a 400 naming the document path, before writing anything', async () => {
    const before = await counts();
    const bad = await apply('apiVersion: signalbox/v1\nroutes: [\n');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0]!.path).toMatch(/^line \d+, column \d+$/);

    const doc = parse(fillEnvRefs(await exportYaml(), env));
    doc.routes.push({ name: 'New route', graph: { nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['x.*'] } }, { id: 's', type: 'send', config: { channel: 'Nope' } }], edges: [{ source: 't', target: 's' }] } });
    doc.channels.push({ name: 'Fresh', plugin: 'webhook', config: { url: { env: 'FRESH_URL' } } }); // channels[2]
    const invalid = await apply(stringify(doc));
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues).toEqual([
      { path: 'channels[2].config.url', message: expect.stringContaining('{ env: FRESH_URL } was not resolved') },
      { path: `routes[${doc.routes.length - 1}].graph.nodes[1].config.channel`, message: 'no channel named "Nope" in the file or on the server' },
    ]);
    const pruning = parse(fillEnvRefs(await exportYaml(), env));
    pruning.channels = pruning.channels.filter((c: { name: string }) => c.name !== 'Audit log');
    const dangling = await apply(stringify(pruning), 'prune=true');
    expect(dangling.status).toBe(400);
    expect(dangling.body.issues).toContainEqual(expect.objectContaining({ message: 'no channel named "Audit log" in the file (with prune=true only the file\'s own count)' }));
    expect(await counts()).toEqual(before);

    const blank = parse(await exportYaml());
    blank.silences[0].comment = '';
    const shape = await apply(stringify(blank));
    expect(shape.status).toBe(400);
    expect(shape.body.issues).toEqual([{ path: 'silences[0].comment', message: 'must say why' }]);
    expect(await counts()).toEqual(before);

    const elsewhere = await api.request('POST', '/v1/routes', 'name: R\n', yamlHeaders);
    expect(elsewhere.statusCode, 'YAML is for the config apply only').toBe(415);

    const badQuery = await api.request('POST', '/v1/config/apply?dryRun=maybe', 'apiVersion: signalbox/v1\n', yamlHeaders);
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().issues[0].path).toBe('dryRun');
  });
});
