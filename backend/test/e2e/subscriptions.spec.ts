import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, startSlice } from './slice.harness.js';

// Issue 14 point 1, end to end: a channel's subscriptions become one published route (API → Temporal → receiver).
type Subscriptions = {
  saved: boolean; minSeverity: string | null; routeId: string | null; routeStatus: string | null;
  groups: Array<{ system: string; types: Array<{ type: string; subscribed: boolean; subscribedByDefault: boolean; events24h: number }> }>;
};
type Envelope = { data: { event: { id: string } } };

describe('channel subscriptions', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  let channelId: string;
  beforeAll(async () => {
    slice = await startSlice();
    channelId = await slice.createChannel();
  }, 120_000);
  afterAll(() => slice?.close());

  const url = () => `/v1/channels/${channelId}/subscriptions`;
  const read = async () => {
    const res = await slice.api.request('GET', url());
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Subscriptions;
  };
  const typeIn = (subs: Subscriptions, system: string, type: string) => subs.groups.find((g) => g.system === system)?.types.find((t) => t.type === type);
  const event = (type: string, severity: string) => ({ id: randomUUID(), type, source: 'ai-admin-panel', severity, subject: `${type} on shop`, data: { customer: 'acme', service: 'shop' } });
  const received = (id: string) => slice.receiver.received.filter((r) => (r.body as Envelope).data.event.id === id);

  it('starts from the catalogue defaults, grouped by product, and counts the last 24 h of each type', async () => {
    const before = await read();
    expect(before).toMatchObject({ saved: false, routeId: null, minSeverity: null });
    expect(before.groups.map((g) => g.system)).toEqual(expect.arrayContaining(['AI Admin Panel', 'NestAI', 'Nemo Router']));
    expect(typeIn(before, 'AI Admin Panel', 'deploy.failure')).toMatchObject({ subscribed: true, subscribedByDefault: true, events24h: 0 });
    expect(typeIn(before, 'AI Admin Panel', 'service.stopped')).toMatchObject({ subscribed: false, subscribedByDefault: false });
    expect(typeIn(before, 'NestAI', 'server_status')).toMatchObject({ subscribed: false, subscribedByDefault: false });
    // Server Scout documents `alert` twice (two samples): listed once.
    expect(before.groups.find((g) => g.system === 'Server Scout')?.types.map((t) => t.type)).toEqual(['alert']);

    const first = event('ssl.expiring', 'warning');
    await slice.postEvent(first);
    await slice.postEvent(event('ssl.expiring', 'info'));
    await slice.eventWhen(first.id, (d) => d.status === 'unmatched');
    expect(typeIn(await read(), 'AI Admin Panel', 'ssl.expiring')?.events24h).toBe(2);
  });

  it('refuses types that are not in the catalogue, naming them', async () => {
    const res = await slice.api.request('PUT', url(), { eventTypes: ['deploy.failure', 'deploy.exploded'] });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { issues: Array<{ path: string; message: string }> }).issues).toContainEqual({
      path: 'eventTypes[1]', message: expect.stringContaining('"deploy.exploded" is not an event type of the catalogue'),
    });
    expect((await read()).saved).toBe(false);
  });

  it('saves as one published route: subscribed types at the floor are delivered, others are not', async () => {
    const res = await slice.api.request('PUT', url(), { eventTypes: ['deploy.failure', 'quota.exceeded'], minSeverity: 'high' });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json() as Subscriptions;
    expect(saved).toMatchObject({ saved: true, minSeverity: 'high', routeStatus: 'published', routeId: expect.any(String) });
    expect(typeIn(saved, 'AI Admin Panel', 'deploy.success')?.subscribed).toBe(false); // saved choices replace the defaults
    expect(typeIn(saved, 'AI Admin Panel', 'quota.exceeded')?.subscribed).toBe(true);

    const route = (await slice.api.request('GET', `/v1/routes/${saved.routeId}`)).json() as { subscriptionChannelId: string; publishedVersion: number; graph: { nodes: Array<{ type: string; config: Record<string, unknown> }> } };
    expect(route.subscriptionChannelId).toBe(channelId);
    expect(route.graph.nodes.map((n) => n.type)).toEqual(['trigger', 'filter', 'send']);
    expect(route.graph.nodes[0]!.config).toMatchObject({ eventTypes: ['deploy.failure', 'quota.exceeded'] });

    const subscribed = event('quota.exceeded', 'critical');
    await slice.postEvent(subscribed);
    const delivered = await slice.eventWhen(subscribed.id, (d) => d.deliveries.some((x) => x.status === 'delivered'));
    expect(delivered.matchedRoutes.map((r) => r.routeId)).toEqual([saved.routeId]);
    expect(received(subscribed.id)).toHaveLength(1);

    const tooMild = event('deploy.failure', 'info');
    await slice.postEvent(tooMild);
    const filtered = await slice.eventWhen(tooMild.id, (d) => outcomeOf(d, 'severity')?.outcome === 'filtered' && d.status !== 'accepted');
    expect(filtered.deliveries).toEqual([]);

    const unsubscribed = event('ssl.expiring', 'critical');
    await slice.postEvent(unsubscribed);
    const unmatched = await slice.eventWhen(unsubscribed.id, (d) => d.status === 'unmatched');
    expect(unmatched.matchedRoutes).toEqual([]);
    expect(received(unsubscribed.id)).toHaveLength(0);
    expect(received(tooMild.id)).toHaveLength(0);
  });

  it('saving again updates the same route; unsubscribing everything disables it', async () => {
    const { routeId } = await read();
    const again = (await slice.api.request('PUT', url(), { eventTypes: ['ssl.expiring'] })).json() as Subscriptions;
    expect(again).toMatchObject({ routeId, routeStatus: 'published', minSeverity: null });
    const versions = (await slice.api.request('GET', `/v1/routes/${routeId}/versions`)).json() as { items: unknown[] };
    expect(versions.items).toHaveLength(2);

    const none = await slice.api.request('PUT', url(), { eventTypes: [] });
    expect(none.statusCode, none.body).toBe(200);
    const off = none.json() as Subscriptions;
    expect(off).toMatchObject({ routeId, routeStatus: 'disabled', saved: true });
    expect(off.groups.flatMap((g) => g.types).filter((t) => t.subscribed)).toEqual([]);
    const after = event('ssl.expiring', 'critical');
    await slice.postEvent(after);
    expect((await slice.eventWhen(after.id, (d) => d.status === 'unmatched')).matchedRoutes).toEqual([]);
  });
});
