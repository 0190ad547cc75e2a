import { randomUUID } from 'node:crypto';
import { silenceReleaseWorkflowId } from '@signalbox/route-model';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORAL_CLIENT } from '../../src/temporal-client/temporal.tokens.js';
import { outcomeOf, startSlice, type EventDetail } from './slice.harness.js';

// Issue 10 point 4, end to end: API → Temporal (real dev server) → webhook receiver, with silences.
type Silence = { id: string; state: string; startsAt: string; endsAt: string };
type Delivery = EventDetail['deliveries'][number] & { silenceId: string | null; muteTimingId: string | null };
type Envelope = { data: { event: { id: string } } };

describe('silences', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  let routeId: string;
  beforeAll(async () => {
    slice = await startSlice();
    const channelId = await slice.createChannel();
    ({ id: routeId } = await slice.publishRoute('Database alerts', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['db.*'] } }, { id: 'notify', type: 'send', config: { channelId } }],
      edges: [{ source: 'trigger', target: 'notify' }],
    }));
  }, 120_000);
  afterAll(() => slice?.close());

  const event = (env: string) => ({ id: randomUUID(), type: 'db.down', source: 'pg-monitor', severity: 'critical', subject: `primary down in ${env}`, data: { env } });
  const settled = (id: string) => slice.eventWhen(id, (d) => d.deliveries.some((x) => x.status !== 'pending' && x.status !== 'retrying'));
  const received = (id: string) => slice.receiver.received.filter((r) => (r.body as Envelope).data.event.id === id);

  it('records events during a silence as silenced with its id and sends nothing; after expiry they flow again', async () => {
    const created = await slice.api.request('POST', '/v1/silences', {
      matchers: [{ name: 'type', op: '=', value: 'db.down' }, { name: 'data.env', op: '=~', value: 'prod|staging' }],
      endsAt: new Date(Date.now() + 3_600_000).toISOString(), createdBy: 'ana', comment: 'failover drill',
    });
    expect(created.statusCode, created.body).toBe(201);
    const silence = created.json() as Silence;
    expect(silence.state).toBe('active');

    // The editor's dry run says so before anything is sent, with the same matcher.
    const dry = await slice.api.request('POST', `/v1/routes/${routeId}/test`, { event: event('prod') });
    expect(dry.statusCode, dry.body).toBe(200);
    const notify = (dry.json() as { steps: Array<{ nodeId: string; outcome: string; reason: string }> }).steps.find((s) => s.nodeId === 'notify');
    expect(notify).toMatchObject({ outcome: 'would_send', reason: expect.stringContaining(`would be silenced by ${silence.id}`) });

    const during = event('prod');
    await slice.postEvent(during);
    const detail = await settled(during.id);
    const [delivery] = detail.deliveries as Delivery[];
    expect(delivery).toMatchObject({ status: 'silenced', silenceId: silence.id, attempts: 0 });
    expect(outcomeOf(detail, 'notify')?.outcome).toBe('silenced');
    const feed = (await slice.api.request('GET', `/v1/events/${during.id}`)).json() as { outcome: string };
    expect(feed.outcome).toBe('silenced');
    expect(received(during.id)).toHaveLength(0); // settled: the workflow is done, nothing is on its way
    const log = (await slice.api.request('GET', '/v1/deliveries?status=silenced')).json() as { items: Delivery[] };
    expect(log.items.map((d) => [d.id, d.silenceId])).toContainEqual([delivery!.id, silence.id]);

    // The preview finds the silenced event among the last 24 h's, with the same matcher code.
    const preview = await slice.api.request('POST', '/v1/silences/preview', { matchers: [{ name: 'data.env', op: '=', value: 'prod' }] });
    expect(preview.statusCode, preview.body).toBe(200);
    expect((preview.json() as { events: Array<{ id: string }> }).events.map((e) => e.id)).toContain(during.id);

    const expired = await slice.api.request('POST', `/v1/silences/${silence.id}/expire`);
    expect(expired.statusCode, expired.body).toBe(200);
    expect((expired.json() as Silence).state).toBe('expired');

    const after = event('prod');
    await slice.postEvent(after);
    expect(((await settled(after.id)).deliveries as Delivery[])[0]).toMatchObject({ status: 'delivered', silenceId: null });
    expect(received(after.id)).toHaveLength(1);
  });

  it('when a silence is expired, the alert it held back that is still open is sent (once); a resolved one is not', async () => {
    const channelId = await slice.createChannel();
    await slice.publishRoute('Service health', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['service.health.*'] } }, { id: 'page', type: 'send', config: { channelId } }],
      edges: [{ source: 'trigger', target: 'page' }],
    });
    const system = `shop-${randomUUID().slice(0, 8)}`;
    const created = await slice.api.request('POST', '/v1/silences', {
      matchers: [{ name: 'data.system', op: '=', value: system }], endsAt: new Date(Date.now() + 3_600_000).toISOString(), createdBy: 'ana', comment: 'deploy',
    });
    expect(created.statusCode, created.body).toBe(201);
    const health = (type: string, service: string) => ({ id: randomUUID(), type, source: 'ai-admin-panel', severity: 'critical', subject: service, data: { system, service } });
    const stillDown = health('service.health.down', 'api');
    const flapped = health('service.health.down', 'db');
    const back = health('service.health.recovered', 'db');
    for (const e of [stillDown, flapped, back]) {
      await slice.postEvent(e);
      expect(((await settled(e.id)).deliveries as Delivery[])[0]).toMatchObject({ status: 'silenced' });
    }

    const expired = await slice.api.request('POST', `/v1/silences/${(created.json() as Silence).id}/expire`);
    expect(expired.statusCode, expired.body).toBe(200);
    const released = await slice.eventWhen(stillDown.id, (d) => d.deliveries.some((x) => x.nodeId === 'page#resend-after-silence' && x.status === 'delivered'));
    expect(released.deliveries.map((d) => [d.nodeId, d.status])).toEqual(expect.arrayContaining([['page', 'silenced'], ['page#resend-after-silence', 'delivered']]));
    expect(received(stillDown.id)).toHaveLength(1);
    // The db alert recovered during the silence: its problem is history, nothing of it is released.
    const release = slice.api.app.get<Client>(TEMPORAL_CLIENT).workflow.getHandle(silenceReleaseWorkflowId(slice.api.tenantId, (created.json() as Silence).id));
    expect(await release.result()).toEqual({ released: 1 });
  });

  it('keeps a silenced event out of its group (feed: silenced); an event that joins reads grouped', async () => {
    const channelId = await slice.createChannel();
    const { id: groupedRouteId } = await slice.publishRoute('Grouped deploys', {
      nodes: [
        { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } },
        // A group_wait of an hour: this test is about the event, not the group's notification.
        { id: 'group', type: 'group', config: { groupBy: '{{data.env}}', groupWaitSeconds: 3600 } },
        { id: 'notify', type: 'send', config: { channelId } },
      ],
      edges: [{ source: 'trigger', target: 'group' }, { source: 'group', target: 'notify' }],
    });
    const silence = (await slice.api.request('POST', '/v1/silences', {
      matchers: [{ name: 'type', op: '=', value: 'deploy.failure' }, { name: 'data.env', op: '=', value: 'prod' }],
      endsAt: new Date(Date.now() + 3_600_000).toISOString(), createdBy: 'ana', comment: 'release freeze',
    })).json() as Silence;
    const deploy = (env: string) => ({ id: randomUUID(), type: 'deploy.failure', source: 'ai-admin-panel', severity: 'high', data: { customer: 'Acme', service: 'api', env } });

    const dry = await slice.api.request('POST', `/v1/routes/${groupedRouteId}/test`, { event: deploy('prod') });
    const group = (dry.json() as { steps: Array<{ nodeId: string; outcome: string; reason: string }> }).steps.find((s) => s.nodeId === 'group');
    expect(group).toMatchObject({ outcome: 'grouped', reason: expect.stringContaining(`would be silenced by ${silence.id}`) });

    const [silenced, joined] = [deploy('prod'), deploy('dev')];
    await Promise.all([slice.postEvent(silenced), slice.postEvent(joined)]);
    const done = (id: string) => slice.eventWhen(id, (d) => (d as unknown as { outcome: string }).outcome !== 'in_progress');
    const [kept, grouped] = await Promise.all([done(silenced.id), done(joined.id)]);
    expect((kept as unknown as { outcome: string }).outcome).toBe('silenced');
    expect(outcomeOf(kept, 'group')).toMatchObject({ outcome: 'silenced', reason: expect.stringContaining(`silenced by ${silence.id}`) });
    expect(outcomeOf(kept, 'notify')?.outcome).toBe('skipped');
    expect((grouped as unknown as { outcome: string }).outcome).toBe('grouped');
    expect(outcomeOf(grouped, 'notify')?.outcome).toBe('grouped');
    const feed = async (outcome: string) => ((await slice.api.request('GET', `/v1/events?outcome=${outcome}`)).json() as { items: Array<{ id: string }> }).items.map((e) => e.id);
    expect(await feed('grouped')).toContain(joined.id);
    expect(await feed('silenced')).toContain(silenced.id);
    await slice.api.request('POST', `/v1/silences/${silence.id}/expire`);
  });

  it('extends an active silence and refuses to change an expired one', async () => {
    const { id } = (await slice.api.request('POST', '/v1/silences', {
      matchers: [{ name: 'source', op: '=', value: 'nothing-sends-this' }], endsAt: new Date(Date.now() + 60_000).toISOString(), createdBy: 'ana', comment: 'x',
    })).json() as Silence;
    const later = new Date(Date.now() + 7_200_000).toISOString();
    const extended = await slice.api.request('PATCH', `/v1/silences/${id}`, { endsAt: later });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(Date.parse((extended.json() as Silence).endsAt)).toBe(Date.parse(later));
    await slice.api.request('POST', `/v1/silences/${id}/expire`);
    const refused = await slice.api.request('PATCH', `/v1/silences/${id}`, { endsAt: later });
    expect(refused.statusCode).toBe(409);
    const list = (await slice.api.request('GET', '/v1/silences')).json() as { items: Silence[] };
    expect(list.items.find((s) => s.id === id)?.state).toBe('expired');
  });

  it.each([
    [{ matchers: [{ name: 'colour', op: '=', value: 'red' }] }, 'matchers[0].name'],
    [{ matchers: [{ name: 'type', op: '=~', value: '(a)\\1' }] }, 'matchers[0].value'],
    [{ matchers: [{ name: 'type', op: '=~', value: '.*' }] }, 'matchers'],
    [{ endsAt: 'tomorrow' }, 'endsAt'],
    [{ comment: '' }, 'comment'],
  ])('refuses a bad silence %j with a 400 naming %s', async (patch, path) => {
    const body = { matchers: [{ name: 'type', op: '=', value: 'db.down' }], endsAt: new Date(Date.now() + 60_000).toISOString(), createdBy: 'ana', comment: 'x', ...patch };
    const res = await slice.api.request('POST', '/v1/silences', body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path })]) });
  });

  it('mute timings: CRUD with validation, and a send node naming one is muted inside its window', async () => {
    const bad = await slice.api.request('POST', '/v1/mute-timings', { name: 'Nights', timeZone: 'Mars/Base', intervals: [{ times: [{ startTime: '25:00', endTime: '06:00' }] }] });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['timeZone', 'intervals[0].times[0].startTime']);

    const created = await slice.api.request('POST', '/v1/mute-timings', { name: 'Always', timeZone: 'Europe/Berlin', intervals: [{}] });
    expect(created.statusCode, created.body).toBe(201);
    const timing = created.json() as { id: string; mutedNow: boolean };
    expect(timing.mutedNow).toBe(true);
    expect((await slice.api.request('POST', '/v1/mute-timings', { name: 'always', timeZone: 'UTC', intervals: [{}] })).statusCode).toBe(409);

    const channelId = await slice.createChannel();
    await slice.publishRoute('Muted route', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['backup.*'] } }, { id: 'quiet', type: 'send', config: { channelId, muteTimingIds: [timing.id] } }],
      edges: [{ source: 'trigger', target: 'quiet' }],
    });
    const muted = { id: randomUUID(), type: 'backup.failed', source: 'cron', severity: 'high', data: {} };
    await slice.postEvent(muted);
    const detail = await settled(muted.id);
    expect((detail.deliveries as Delivery[])[0]).toMatchObject({ status: 'muted', muteTimingId: timing.id });
    expect(received(muted.id)).toHaveLength(0);

    // On the route's trigger, the same mute timing mutes every send of the route; the dry run says so first.
    const { id: routeId } = await slice.publishRoute('Muted as a whole', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['restore.*'], muteTimingIds: [timing.id] } }, { id: 'loud', type: 'send', config: { channelId } }],
      edges: [{ source: 'trigger', target: 'loud' }],
    });
    const restore = { id: randomUUID(), type: 'restore.failed', source: 'cron', severity: 'high', data: {} };
    const dry = await slice.api.request('POST', `/v1/routes/${routeId}/test`, { event: restore });
    expect(dry.statusCode, dry.body).toBe(200);
    const loud = (dry.json() as { steps: Array<{ nodeId: string; outcome: string; reason: string }> }).steps.find((st) => st.nodeId === 'loud');
    expect(loud?.reason).toContain(`would be muted by mute timing "Always" (${timing.id})`);
    await slice.postEvent(restore);
    expect(((await settled(restore.id)).deliveries as Delivery[])[0]).toMatchObject({ status: 'muted', muteTimingId: timing.id, routeId });
    expect(received(restore.id)).toHaveLength(0);

    const replaced = await slice.api.request('PUT', `/v1/mute-timings/${timing.id}`, { name: 'Never on day 8', timeZone: 'UTC', intervals: [{ weekdays: ['monday'], times: [{ startTime: '00:00', endTime: '00:01' }] }] });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect((await slice.api.request('DELETE', `/v1/mute-timings/${timing.id}`)).statusCode).toBe(204);
    expect((await slice.api.request('GET', `/v1/mute-timings/${timing.id}`)).statusCode).toBe(404);
  });
});
