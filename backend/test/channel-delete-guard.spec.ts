import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookChannel, publishRoute } from './route-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

const sendTo = (channelId: string, type: string) => ({
  nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: [type] } }, { id: 'notify', type: 'send', config: { channelId } }],
  edges: [{ source: 'trigger', target: 'notify' }],
});

// Deleting what is in use is guarded, and a live route whose channel cannot deliver is flagged on load.
describe('channel delete guard and route channel issues', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const issuesOf = async (routeId: string) => {
    const detail = (await t.request('GET', `/v1/routes/${routeId}`)).json();
    const row = (await t.request('GET', '/v1/routes')).json().items.find((r: { id: string }) => r.id === routeId);
    expect(row.channelIssues).toEqual(detail.channelIssues);
    return detail.channelIssues as Array<{ nodeId: string; channelId: string; problem: string; message: string }>;
  };

  it('answers 409 naming the live routes; drafts and disabled routes do not count; force deletes anyway', async () => {
    const channel = (await createWebhookChannel(t)).id;
    const a = await publishRoute(t, 'Alpha alerts', sendTo(channel, 'guard.a'));
    const b = await publishRoute(t, 'Beta alerts', sendTo(channel, 'guard.b'));
    const off = await publishRoute(t, 'Switched off', sendTo(channel, 'guard.c'));
    expect((await t.request('POST', `/v1/routes/${off.id}/disable`)).statusCode).toBe(200);
    expect((await t.request('POST', '/v1/routes', { name: 'Just a draft', graph: sendTo(channel, 'guard.d') })).statusCode).toBe(201);

    const refused = await t.request('DELETE', `/v1/channels/${channel}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/"Alpha alerts", "Beta alerts"/);
    expect(refused.json().details.routes).toEqual([{ id: a.id, name: 'Alpha alerts' }, { id: b.id, name: 'Beta alerts' }]);
    expect((await t.request('GET', `/v1/channels/${channel}`)).statusCode).toBe(200);
    expect(await issuesOf(a.id)).toEqual([]);

    const bad = await t.request('DELETE', `/v1/channels/${channel}?force=yes`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/force/);

    expect((await t.request('DELETE', `/v1/channels/${channel}?force=true`)).statusCode).toBe(204);
    expect((await t.request('GET', `/v1/channels/${channel}`)).statusCode).toBe(404);
    expect(await issuesOf(a.id)).toEqual([{ nodeId: 'notify', channelId: channel, channelName: null, problem: 'missing', message: expect.stringMatching(/no longer exists/) }]);
    // The disabled route is not live, so nothing to flag there.
    expect(await issuesOf(off.id)).toEqual([]);
  });

  it('deletes a channel no live route uses without force', async () => {
    const channel = (await createWebhookChannel(t)).id;
    expect((await t.request('DELETE', `/v1/channels/${channel}`)).statusCode).toBe(204);
  });

  it('flags a live route whose channel is paused, until it is resumed', async () => {
    const channel = (await createWebhookChannel(t)).id;
    const route = await publishRoute(t, 'Paused target', sendTo(channel, 'guard.p'));
    expect(await issuesOf(route.id)).toEqual([]);
    expect((await t.request('POST', `/v1/channels/${channel}/pause`)).statusCode).toBe(200);
    expect(await issuesOf(route.id)).toEqual([{ nodeId: 'notify', channelId: channel, channelName: 'Ops webhook', problem: 'paused', message: expect.stringMatching(/paused/) }]);
    expect((await t.request('POST', `/v1/channels/${channel}/resume`)).statusCode).toBe(200);
    expect(await issuesOf(route.id)).toEqual([]);
  });
});
