import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertGraph, createWebhookChannel, publishRoute } from './route-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

describe('DELETE /v1/routes/:id', () => {
  let t: TestApp;
  let channelId: string;
  beforeAll(async () => {
    t = await startTestApp();
    channelId = (await createWebhookChannel(t)).id;
  });
  afterAll(() => t?.close());

  it('deletes a draft that never ran', async () => {
    const draft = (await t.request('POST', '/v1/routes', { name: 'scratch', graph: alertGraph(channelId) })).json();
    expect((await t.request('DELETE', `/v1/routes/${draft.id}`)).statusCode).toBe(204);
    expect((await t.request('GET', `/v1/routes/${draft.id}`)).statusCode).toBe(404);
    expect(await t.dataSource.query('SELECT 1 FROM routes WHERE id = $1', [draft.id])).toEqual([]);
  });

  it('archives a route that ran: it stops matching and leaves the list, but its events keep their history', async () => {
    const keeper = (await t.request('POST', '/v1/routes', { name: 'keeper', graph: alertGraph(channelId) })).json();
    const route = await publishRoute(t, 'deploys', alertGraph(channelId, ['deploy.*']));
    const before = await t.request('POST', '/v1/events', { id: 'evt-before-delete', type: 'deploy.failure', severity: 'high', data: { service: 'api' } });
    expect(before.json().status).toBe('routed');

    expect((await t.request('DELETE', `/v1/routes/${route.id}`)).statusCode).toBe(204);
    expect((await t.request('GET', `/v1/routes/${route.id}`)).statusCode).toBe(404);
    const listed = (await t.request('GET', '/v1/routes')).json().items.map((r: { id: string }) => r.id);
    expect(listed).toContain(keeper.id);
    expect(listed).not.toContain(route.id);

    const after = await t.request('POST', '/v1/events', { id: 'evt-after-delete', type: 'deploy.failure', severity: 'high', data: { service: 'api' } });
    expect(after.json()).toMatchObject({ status: 'unmatched', matchedRoutes: [] });
    const history = (await t.request('GET', '/v1/events/evt-before-delete')).json();
    expect(history.matchedRoutes).toEqual([expect.objectContaining({ routeId: route.id, name: 'deploys', version: 1 })]);
  });
});
