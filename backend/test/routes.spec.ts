import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { testRuntimeConfig } from './test-config.js';
import { alertGraph, createWebhookChannel, publishRoute } from './route-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

describe('routes: drafts, publish, versions, restore, dry run', () => {
  let t: TestApp;
  let channelId: string;
  beforeAll(async () => {
    t = await startTestApp();
    channelId = (await createWebhookChannel(t)).id;
  });
  afterAll(() => t?.close());

  it('a draft saves with structural issues reported, and cannot be published until fixed', async () => {
    const lonelyTrigger = { nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['x'] } }], edges: [] };
    const created = await t.request('POST', '/v1/routes', { name: 'wip', graph: lonelyTrigger });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', publishedVersion: null });
    expect(created.json().issues.length).toBeGreaterThan(0);
    const refused = await t.request('POST', `/v1/routes/${created.json().id}/publish`);
    expect(refused.statusCode).toBe(400);
    const fixed = await t.request('PUT', `/v1/routes/${created.json().id}`, { graph: alertGraph(channelId, ['x']) });
    expect(fixed.json().issues).toEqual([]);
    expect((await t.request('POST', `/v1/routes/${created.json().id}/publish`)).statusCode).toBe(200);
  });

  it('publish freezes versions; editing the draft never touches them; restore copies one back', async () => {
    const v1 = await publishRoute(t, 'deploys', alertGraph(channelId, ['deploy.*']));
    expect(v1.publishedVersion).toBe(1);

    const edited = await t.request('PUT', `/v1/routes/${v1.id}`, { name: 'deploys v2', graph: alertGraph(channelId, ['deploy.finished']) });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'published', publishedVersion: 1 });
    // The live version still routes on the old trigger until the next publish.
    expect((await t.request('POST', '/v1/events', { type: 'deploy.started', severity: 'high' })).json().matchedRoutes).toHaveLength(1);

    const v2 = await t.request('POST', `/v1/routes/${v1.id}/publish`);
    expect(v2.json()).toMatchObject({ publishedVersion: 2, status: 'published' });
    expect((await t.request('POST', '/v1/events', { type: 'deploy.started', severity: 'high' })).json().status).toBe('unmatched');

    const versions = await t.request('GET', `/v1/routes/${v1.id}/versions`);
    expect(versions.json().items.map((v: { version: number; triggerTypes: string[] }) => [v.version, v.triggerTypes])).toEqual([
      [2, ['deploy.finished']],
      [1, ['deploy.*']],
    ]);
    const one = await t.request('GET', `/v1/routes/${v1.id}/versions/1`);
    expect(one.json().graph.nodes[0].config.eventTypes).toEqual(['deploy.*']);

    const restored = await t.request('POST', `/v1/routes/${v1.id}/versions/1/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ publishedVersion: 2 });
    expect(restored.json().graph.nodes[0].config.eventTypes).toEqual(['deploy.*']);
    // Version rows are immutable: restoring copied, it did not rewrite v2.
    const [row] = await t.dataSource.query('SELECT trigger_types FROM route_versions WHERE route_id = $1 AND version = 2', [v1.id]);
    expect(row.trigger_types).toEqual(['deploy.finished']);
    expect((await t.request('GET', `/v1/routes/${v1.id}/versions/9`)).statusCode).toBe(404);
  });

  it('disable stops matching; the list shows status, version and 24 h activity', async () => {
    const route = await publishRoute(t, 'billing', alertGraph(channelId, ['billing.*']));
    await t.request('POST', '/v1/events', { type: 'billing.failed', severity: 'critical' });
    const list = await t.request('GET', '/v1/routes');
    const item = list.json().items.find((r: { id: string }) => r.id === route.id);
    expect(item).toMatchObject({ status: 'published', publishedVersion: 1, eventsMatched24h: 1, deliverySuccessRate24h: null });
    expect(item.updatedAt).toEqual(expect.any(String));

    expect((await t.request('POST', `/v1/routes/${route.id}/disable`)).json().status).toBe('disabled');
    expect((await t.request('POST', '/v1/events', { type: 'billing.failed', severity: 'critical' })).json().status).toBe('unmatched');
    expect((await t.request('DELETE', `/v1/routes/${route.id}`)).statusCode).toBe(204);
    expect((await t.request('GET', `/v1/routes/${route.id}`)).statusCode).toBe(404);
  });

  it('a publish on one API replica reaches the trigger index of another (LISTEN/NOTIFY)', async () => {
    const other = await createApp(testRuntimeConfig());
    try {
      const post = () =>
        other.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${t.apiKey}`, 'content-type': 'application/json' }, payload: { type: 'replica.check', severity: 'high' } });
      expect((await post()).json().status).toBe('unmatched'); // loads (and caches) the index on the other replica
      await publishRoute(t, 'replica', alertGraph(channelId, ['replica.check']));
      let status = '';
      for (let i = 0; i < 50 && status !== 'routed'; i++) {
        status = (await post()).json().status;
        if (status !== 'routed') await new Promise((r) => setTimeout(r, 50));
      }
      expect(status).toBe('routed');
    } finally {
      await other.close();
    }
  });

  it('dry run: per-node outcomes, rendered messages and the plugin payload preview, nothing stored', async () => {
    const route = await publishRoute(t, 'dry', alertGraph(channelId, ['deploy.*']));
    const before = await t.dataSource.query('SELECT count(*) AS n FROM events WHERE tenant_id = $1', [t.tenantId]);
    const res = await t.request('POST', `/v1/routes/${route.id}/test`, { event: { type: 'deploy.failed', severity: 'critical', data: { service: 'api' } } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const steps = Object.fromEntries(body.steps.map((s: { nodeId: string }) => [s.nodeId, s]));
    expect(steps.trigger).toMatchObject({ outcome: 'passed' });
    expect(steps.serious).toMatchObject({ outcome: 'passed', reason: expect.stringContaining('severity') });
    expect(steps.text).toMatchObject({ outcome: 'rendered', message: { title: 'deploy.failed on api', body: 'Severity: critical' } });
    expect(steps.limit).toMatchObject({ outcome: 'passed', reason: 'within rate limit 5 per 60s for key "api" (not counted in a dry run)' });
    expect(steps.notify).toMatchObject({ outcome: 'would_send', message: { title: 'deploy.failed on api' } });
    expect(steps.notify.payloadPreview).toBeDefined();
    // The webhook's request as it will go out: the signature headers named, their values described, no secret.
    const headers = Object.fromEntries(steps.notify.requestPreview.headers.map((h: { name: string; value: string }) => [h.name, h.value]));
    expect(Object.keys(headers)).toEqual(expect.arrayContaining(['webhook-id', 'webhook-timestamp', 'webhook-signature', 'content-type']));
    expect(headers['webhook-signature']).toBe('v1,<base64 HMAC-SHA256>');
    expect(JSON.parse(steps.notify.requestPreview.body)).toMatchObject({ type: 'deploy.failed' });
    expect(JSON.stringify(body)).not.toContain('whsec_');
    expect(JSON.stringify(body)).not.toContain('T0KEN-in-url');
    expect(body.wouldSend).toBe(1);

    const filtered = await t.request('POST', `/v1/routes/${route.id}/test`, { event: { type: 'deploy.failed', severity: 'info' }, version: 1 });
    const outcomes = Object.fromEntries(filtered.json().steps.map((s: { nodeId: string; outcome: string }) => [s.nodeId, s.outcome]));
    expect(outcomes).toEqual({ trigger: 'passed', serious: 'filtered', text: 'skipped', limit: 'skipped', notify: 'skipped' });

    const after = await t.dataSource.query('SELECT count(*) AS n FROM events WHERE tenant_id = $1', [t.tenantId]);
    expect(after[0].n).toBe(before[0].n);
    const hits = await t.dataSource.query('SELECT count(*) AS n FROM throttle_hits WHERE tenant_id = $1', [t.tenantId]);
    expect(Number(hits[0].n)).toBe(0);
  });
});
