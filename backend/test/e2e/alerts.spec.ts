import { randomUUID } from 'node:crypto';
import pagerduty from '@signalbox/channel-pagerduty';
import { startFakePagerduty, type FakePagerduty } from '@signalbox/channel-pagerduty/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, startSlice } from './slice.harness.js';

/**
 * Alert state end to end (API → outbox → real Temporal → worker → webhook receiver and a fake PagerDuty):
 * a service goes down, goes down again, and recovers 7 minutes (by the events' own timestamps) after it
 * went down. No sleeping: durations are measured between the events' occurrence times.
 */
const ROUTING_KEY = 'R0UT1NGKEYs3cr3tAAAAAAAAAAAAAAAA';
const T0 = Date.parse('2026-03-29T15:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

interface AlertItem { id: string; fingerprint: string; status: string; count: number; durationMs: number; openedAt: string; resolvedAt: string | null }

describe('alert state: problem, repeat, recovery', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  let fake: FakePagerduty;
  const service = `my-app-${randomUUID().slice(0, 8)}`;
  const event = (type: string, minutes: number, message: string) => ({
    id: randomUUID(), type, source: 'ai-admin-panel', severity: type.endsWith('.down') ? 'high' : 'info', timestamp: at(minutes),
    subject: message, data: { event: type, service, customer: 'Acme Corp', message },
  });
  const alerts = async (status: 'open' | 'resolved') => {
    const res = await slice.api.request('GET', `/v1/alerts?status=${status}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: AlertItem[] }).items.filter((a) => a.fingerprint.includes(service));
  };
  /** Waits for the workflow to settle every send node: two deliveries, the quiet node's outcome recorded. */
  const settled = (id: string, delivered: number) =>
    slice.eventWhen(id, (d) => d.deliveries.filter((x) => x.status === 'delivered').length === delivered && outcomeOf(d, 'quiet') !== undefined);

  beforeAll(async () => {
    fake = await startFakePagerduty();
    slice = await startSlice({ extraPlugins: [pagerduty] });
    const webhookId = await slice.createChannel();
    const quietId = await slice.createChannel();
    const pd = await slice.api.request('POST', '/v1/channels', { name: 'On-call PagerDuty', pluginId: 'pagerduty', config: { routingKey: ROUTING_KEY, apiBaseUrl: fake.url } });
    expect(pd.statusCode, pd.body).toBe(201);
    const pagerdutyId = (pd.json() as { id: string }).id;
    // The trigger names only the problem type: its paired recovery type reaches the route by itself.
    await slice.publishRoute('Service health', {
      nodes: [
        { id: 'trigger', type: 'trigger', config: { eventTypes: ['service.health.down'] } },
        { id: 'ops', type: 'send', config: { channelId: webhookId } },
        { id: 'page', type: 'send', config: { channelId: pagerdutyId } },
        { id: 'quiet', type: 'send', config: { channelId: quietId, sendResolved: false } },
      ],
      edges: [{ source: 'trigger', target: 'ops' }, { source: 'trigger', target: 'page' }, { source: 'trigger', target: 'quiet' }],
    });
  }, 120_000);
  afterAll(async () => {
    await slice?.close();
    await fake?.close();
  });

  it('down, down again, recovered 7 minutes after the first: one alert, count 2, "7 minutes", PagerDuty trigger then resolve with one dedup_key', async () => {
    const down = event('service.health.down', 0, `Service ${service} health check failing`);
    await slice.postEvent(down);
    await settled(down.id, 3);
    const [open] = await alerts('open');
    expect(open).toMatchObject({ status: 'open', count: 1, openedAt: at(0), resolvedAt: null });
    expect(open!.fingerprint).toBe(`ai-admin-panel:service.health:Acme Corp/${service}`);

    const again = event('service.health.down', 2, `Service ${service} health check failing`);
    await slice.postEvent(again);
    await settled(again.id, 3);
    expect(await alerts('open')).toEqual([expect.objectContaining({ id: open!.id, count: 2 })]);

    const recovered = event('service.health.recovered', 7, `Service ${service} recovered`);
    await slice.postEvent(recovered);
    const detail = await settled(recovered.id, 2);
    expect(outcomeOf(detail, 'quiet')).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/send_resolved off/) });

    // The webhook channel got the problem twice and the resolution once; the resolution says how long it lasted.
    const bodies = slice.receiver.received.map((r) => r.body as { type: string; data: { message: { body: string }; event: { alert?: { durationText?: string } } } });
    const resolution = bodies.filter((b) => b.type === 'service.health.recovered');
    expect(resolution).toHaveLength(1);
    expect(resolution[0]!.data.message.body).toBe(`Service ${service} recovered\nResolved after 7 minutes.`);
    expect(resolution[0]!.data.event.alert).toMatchObject({ status: 'resolved', durationMs: 420_000, durationText: '7 minutes', count: 2 });
    // The quiet channel (send_resolved off) got both problems and no recovery: 2 + 2 problems, 1 recovery in all.
    expect(bodies).toHaveLength(5);

    const actions = fake.events.map((e) => [e.event_action, e.dedup_key]);
    expect(actions).toEqual([['trigger', open!.fingerprint], ['trigger', open!.fingerprint], ['resolve', open!.fingerprint]]);
    expect(fake.alerts.get(open!.fingerprint)).toBe('resolved');

    expect(await alerts('open')).toEqual([]);
    const [resolved] = await alerts('resolved');
    expect(resolved).toMatchObject({ id: open!.id, status: 'resolved', resolvedAt: at(7), durationMs: 420_000, count: 2 });
    const one = await slice.api.request('GET', `/v1/alerts/${open!.id}`);
    expect(one.json()).toMatchObject({ id: open!.id, problemEventId: down.id, recoveryEventId: recovered.id });
  });

  it('bad input: an unknown status is a 400 naming the field; an unknown id a 404', async () => {
    const bad = await slice.api.request('GET', '/v1/alerts?status=closed');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/status/);
    expect((await slice.api.request('GET', `/v1/alerts/${randomUUID()}`)).statusCode).toBe(404);
    expect((await slice.api.request('GET', '/v1/alerts/not-a-uuid')).statusCode).toBe(404);
  });
});
