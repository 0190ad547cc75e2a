import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookChannel, publishRoute } from './route-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

// The worker disables a channel (410 Gone, or only failures for too long); the API shows why and since when,
// the route editor flags routes sending to it, and Enable clears it.
describe('disabled channels and POST /v1/channels/:id/enable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('shows disabledAt and disabledReason, flags live routes, and Enable clears both', async () => {
    const channel = (await createWebhookChannel(t)).id;
    const route = await publishRoute(t, 'Disabled target', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['enable.check'] } }, { id: 'notify', type: 'send', config: { channelId: channel } }],
      edges: [{ source: 'trigger', target: 'notify' }],
    });
    const fresh = (await t.request('GET', `/v1/channels/${channel}`)).json();
    expect(fresh).toMatchObject({ disabledAt: null, disabledReason: null });

    // What the worker writes on a 410.
    await t.dataSource.query(
      `UPDATE channels SET disabled_at = '2026-11-30T10:00:00Z', disabled_reason = 'the destination answered 410 Gone (HTTP 410)' WHERE id = $1`, [channel]);
    const disabled = (await t.request('GET', `/v1/channels/${channel}`)).json();
    expect(disabled).toMatchObject({ paused: false, disabledAt: '2026-11-30T10:00:00.000Z', disabledReason: 'the destination answered 410 Gone (HTTP 410)' });
    const listed = (await t.request('GET', '/v1/channels')).json().items.find((c: { id: string }) => c.id === channel);
    expect(listed).toMatchObject({ disabledAt: '2026-11-30T10:00:00.000Z' });
    expect((await t.request('GET', `/v1/routes/${route.id}`)).json().channelIssues).toEqual([
      { nodeId: 'notify', channelId: channel, channelName: 'Ops webhook', problem: 'disabled', message: expect.stringMatching(/disabled: deliveries fail until it is re-enabled/) },
    ]);

    const enabled = await t.request('POST', `/v1/channels/${channel}/enable`);
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json()).toMatchObject({ id: channel, disabledAt: null, disabledReason: null });
    expect((await t.request('GET', `/v1/routes/${route.id}`)).json().channelIssues).toEqual([]);
    // Enabling an enabled channel is a no-op, not an error.
    expect((await t.request('POST', `/v1/channels/${channel}/enable`)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown channel', async () => {
    expect((await t.request('POST', '/v1/channels/00000000-0000-4000-8000-000000000000/enable')).statusCode).toBe(404);
  });
});
