import { randomUUID } from 'node:crypto';
import { eventCatalogue, type SignalboxEvent } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, startSlice } from './slice.harness.js';

// Issue 3's acceptance, end to end: API → Temporal workflow (real dev server) → signed webhook → receiver.
const sample = (type: string): SignalboxEvent => {
  const entry = eventCatalogue().find((e) => e.type === type);
  if (!entry) throw new Error(`no seed sample for ${type}`);
  return { ...entry.sample, id: randomUUID() };
};

const graph = (channelId: string, eventTypes: string[], opts: { title?: string; throttle?: Record<string, unknown> } = {}) => ({
  nodes: [
    { id: 'trigger', type: 'trigger', config: { eventTypes } },
    { id: 'serious', type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }] } } },
    { id: 'text', type: 'template', config: { title: opts.title ?? '{{upper type}} on {{data.service}}', body: '{{data.message}}' } },
    ...(opts.throttle ? [{ id: 'limit', type: 'throttle', config: opts.throttle }] : []),
    { id: 'notify', type: 'send', config: { channelId } },
  ],
  edges: [
    { source: 'trigger', target: 'serious' },
    { source: 'serious', target: 'text' },
    ...(opts.throttle ? [{ source: 'text', target: 'limit' }, { source: 'limit', target: 'notify' }] : [{ source: 'text', target: 'notify' }]),
  ],
});

type Envelope = { type: string; data: { event: { id: string }; message: { title: string; body: string } } };
const bodiesFor = (slice: Awaited<ReturnType<typeof startSlice>>, eventId: string) =>
  slice.receiver.received.filter((r) => (r.body as Envelope).data.event.id === eventId);

describe('the end-to-end slice', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  let channelId: string;
  beforeAll(async () => {
    slice = await startSlice();
    channelId = await slice.createChannel();
    await slice.publishRoute('Deploy alerts', graph(channelId, ['deploy.*']));
    await slice.publishRoute('Quota alerts', graph(channelId, ['quota.*'], { throttle: { mode: 'rate_limit', limit: 1, windowSeconds: 3600, key: '{{data.customer}}' } }));
  }, 120_000);
  afterAll(() => slice?.close());

  it('delivers a seed event through trigger → filter → template → send, signed, with every node recorded', async () => {
    const event = sample('deploy.failure');
    expect((await slice.postEvent(event)).status).toBe('routed');
    const detail = await slice.eventWhen(event.id, (d) => d.deliveries.some((x) => x.status === 'delivered'));

    const [delivery] = bodiesFor(slice, event.id);
    expect(delivery!.verified).toBe(true);
    expect((delivery!.body as Envelope).data.message.title).toBe('DEPLOY.FAILURE on my-app');
    expect((delivery!.body as Envelope).data.message.body).toBe('Service my-app failed to deploy');
    expect(outcomeOf(detail, 'serious')?.outcome).toBe('passed');
    expect(outcomeOf(detail, 'text')?.outcome).toBe('rendered');
    expect(outcomeOf(detail, 'notify')?.outcome).toBe('sent');
  });

  it('shows a filtered event with its reason and creates no delivery', async () => {
    const event = sample('deploy.success'); // severity info: below the route's "at least warning"
    await slice.postEvent(event);
    const detail = await slice.eventWhen(event.id, (d) => outcomeOf(d, 'serious') !== undefined);
    expect(outcomeOf(detail, 'serious')).toMatchObject({ outcome: 'filtered', reason: expect.stringContaining('severity') });
    await new Promise((r) => setTimeout(r, 500));
    const after = await slice.eventWhen(event.id, () => true);
    expect(after.deliveries).toEqual([]);
    expect(bodiesFor(slice, event.id)).toEqual([]);
  });

  it('shows the event over a rate limit as throttled', async () => {
    const first = sample('quota.warning');
    const second = sample('quota.exceeded');
    await slice.postEvent(first);
    await slice.eventWhen(first.id, (d) => d.deliveries.some((x) => x.status === 'delivered'));
    await slice.postEvent(second);
    const detail = await slice.eventWhen(second.id, (d) => outcomeOf(d, 'limit') !== undefined);
    expect(outcomeOf(detail, 'limit')).toMatchObject({ outcome: 'throttled', reason: expect.stringMatching(/rate limit/i) });
    expect(detail.deliveries).toEqual([]);
  });

  it('runs an event id posted 20 times concurrently exactly once', async () => {
    const event = sample('deploy.failure');
    const answers = await Promise.all(Array.from({ length: 20 }, () => slice.api.request('POST', '/v1/events', event)));
    expect(new Set(answers.map((a) => a.statusCode))).toEqual(new Set([202]));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    const detail = await slice.eventWhen(event.id, (d) => d.deliveries.some((x) => x.status === 'delivered'));
    await new Promise((r) => setTimeout(r, 1_000)); // room for a duplicate to show up, if there were one
    expect(detail.deliveries).toHaveLength(1);
    expect(bodiesFor(slice, event.id)).toHaveLength(1);
  });

  it('finishes in-flight events on the version they matched while a new version is published', async () => {
    await slice.stopWorker(); // events accepted now stay in flight until a worker comes back
    const route = await slice.publishRoute('Health alerts', graph(channelId, ['service.health.*'], { title: 'v1 {{type}}' }));
    const before = [sample('service.health.down'), sample('service.health.down')];
    for (const e of before) await slice.postEvent(e);

    const v2 = await slice.api.request('PUT', `/v1/routes/${route.id}`, { graph: graph(channelId, ['service.health.*'], { title: 'v2 {{type}}' }) });
    expect(v2.statusCode, v2.body).toBe(200);
    expect((await slice.api.request('POST', `/v1/routes/${route.id}/publish`)).json()).toMatchObject({ publishedVersion: 2 });
    const after = sample('service.health.down');
    await slice.postEvent(after);

    await slice.startWorker();
    for (const e of before) {
      const detail = await slice.eventWhen(e.id, (d) => d.deliveries.some((x) => x.status === 'delivered'));
      expect(detail.matchedRoutes.map((r) => r.version)).toEqual([1]);
      expect((bodiesFor(slice, e.id)[0]!.body as Envelope).data.message.title).toBe('v1 service.health.down');
    }
    const detail = await slice.eventWhen(after.id, (d) => d.deliveries.some((x) => x.status === 'delivered'));
    expect(detail.matchedRoutes.map((r) => r.version)).toEqual([2]);
    expect((bodiesFor(slice, after.id)[0]!.body as Envelope).data.message.title).toBe('v2 service.health.down');
  });
});
