// Group node semantics on the real Temporal dev server, with intervals of seconds instead of minutes.
import type { RouteGraph, SignalboxEvent } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupWorkflowId } from '../src/activities/group.activity.js';
import type { GroupWorkflowResult } from '../src/workflows/group.contract.js';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('group'), startReceiver()]);
}, 300_000); // bundling the workflows takes minutes on a loaded machine
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

async function groupedRoute(path: string, group: Record<string, unknown>) {
  const ch = await h.createChannel('test-json', { url: rx.url(path) });
  const graph = {
    nodes: [
      { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
      { id: 'g', type: 'group', config: group },
      { id: 'm', type: 'template', config: { title: '{{group.kind}} {{group.key}}', body: 'firing={{group.firingCount}} resolved={{group.resolvedCount}} events={{group.eventCount}}' } },
      { id: 's', type: 'send', config: { channelId: ch } },
    ],
    edges: chain('t', 'g', 'm', 's'),
  } as RouteGraph;
  return h.createRoute(graph);
}

/** Runs at most `lanes` routed events at a time: 100 at once starve a loaded 2-core machine's worker. */
async function runAll<T>(items: T[], run: (item: T, i: number) => Promise<unknown>, lanes = 8): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    for (let i = next++; i < items.length; i = next++) await run(items[i]!, i);
  }));
}

const bodyOf = (r: { body: unknown }) => r.body as { title: string; body: string };
const groupHandle = (routeId: string, key: string, runId?: string) =>
  h.client.workflow.getHandle(groupWorkflowId({ tenantId: h.tenantId, routeId, nodeId: 'g', key }), runId);
/**
 * The result of the group's run that is open now (followed through continue-as-new). Not simply the latest
 * run: on a loaded machine a retried joinGroup may re-signal after the group ended, starting a new, empty one.
 */
async function groupResult(routeId: string, key: string): Promise<GroupWorkflowResult> {
  const { runId } = await groupHandle(routeId, key).describe();
  return groupHandle(routeId, key, runId).result() as Promise<GroupWorkflowResult>;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

async function silence(matchers: unknown[]): Promise<string> {
  const [row] = (await h.dataSource.query(
    `INSERT INTO silences (tenant_id, matchers, starts_at, ends_at, created_by, comment)
     VALUES ($1, $2, now() - interval '1 minute', now() + interval '1 hour', 'ana', 'maintenance') RETURNING id`,
    [h.tenantId, JSON.stringify(matchers)],
  )) as Array<{ id: string }>;
  return row!.id;
}

async function muteAllDay(): Promise<string> {
  // Every day of the week: the window holds whenever the test runs, including across midnight UTC.
  const [row] = (await h.dataSource.query(
    `INSERT INTO mute_timings (tenant_id, name, time_zone, intervals) VALUES ($1, $2, 'UTC', $3) RETURNING id`,
    [h.tenantId, `always-${Math.random().toString(36).slice(2)}`, JSON.stringify([{ weekdays: WEEKDAYS }])],
  )) as Array<{ id: string }>;
  return row!.id;
}

describe('group node', () => {
  it('100 events for 3 services within group_wait give exactly 3 first notifications, then one resolution each', async () => {
    // 100 events take ~15 s to route on a 2-core machine under heavy load (load average 12): 45 s of
    // group_wait leaves a 3× margin for every one of them to join before the first flush.
    const groupWaitSeconds = 45;
    const { routeId, versionId } = await groupedRoute('/storm', { groupBy: '{{data.service}}', groupWaitSeconds, groupIntervalSeconds: 2, repeatIntervalSeconds: 3600 });
    const service = (i: number) => `svc-${i % 3}`;
    // A type outside the catalogue's problem / recovery pairs: alerts are told apart by subject, resolved by status.
    const events = Array.from({ length: 100 }, (_, i) => h.event({ type: 'host.down', subject: `host-${i}`, data: { service: service(i) } }));
    const posting = Date.now();
    await runAll(events, (e) => h.run(e, [versionId]));
    expect(Date.now() - posting, 'every event joined within group_wait').toBeLessThan(groupWaitSeconds * 1000);
    const outcomes = await h.outcomes(events[0]!.id);
    expect(outcomes.g?.outcome).toBe('grouped');
    expect(outcomes.s?.outcome).toBe('grouped'); // the send runs in the group's notifications, not for the event

    const firsts = (await rx.waitFor('/storm', 3, 150_000)).map(bodyOf);
    expect(firsts.map((m) => m.title).sort()).toEqual(['first svc-0', 'first svc-1', 'first svc-2']);
    expect(firsts.map((m) => m.body).sort()).toEqual(['firing=33 resolved=0 events=33', 'firing=33 resolved=0 events=33', 'firing=34 resolved=0 events=34']);

    // Everything recovers: each group sends one resolution and its workflow ends.
    const running = Promise.all(['svc-0', 'svc-1', 'svc-2'].map((key) => groupResult(routeId, key)));
    await runAll(events, (_, i) => h.run(h.event({ type: 'host.down', subject: `host-${i}`, data: { service: service(i), status: 'resolved' } }), [versionId]));
    const results = await running;
    // Per group: the first notification, then — when the recoveries straddle group_interval ticks, as they do
    // when they trickle in — updates that report the newly resolved (send_resolved), then ONE resolution, last.
    const keys = ['svc-0', 'svc-1', 'svc-2'];
    keys.forEach((key, i) => {
      const kinds = rx.at('/storm').map(bodyOf).filter((m) => m.title.endsWith(` ${key}`)).map((m) => m.title.split(' ')[0]);
      expect(kinds[0]).toBe('first');
      expect(kinds.at(-1)).toBe('resolved');
      expect(kinds.slice(1, -1).every((k) => k === 'update')).toBe(true);
      expect(results[i]!.notifications).toBe(kinds.length);
    });
    expect(results.map((r) => r.events)).toEqual([68, 66, 66]);
  }, 400_000);

  it('first → update at group_interval after a change → repeat at repeat_interval → one resolution', async () => {
    // Seconds instead of minutes, generous enough for a loaded machine (a routed event can take seconds there).
    const timing = { groupWaitSeconds: 10, groupIntervalSeconds: 3, repeatIntervalSeconds: 8, sendResolved: true };
    const { routeId, versionId } = await groupedRoute('/life', { groupBy: 'all', ...timing });
    const fire = (subject: string, extra: Partial<SignalboxEvent> = {}) => h.run(h.event({ type: 'host.down', subject, ...extra }), [versionId]);
    await Promise.all([fire('a'), fire('b')]);
    const [first] = await rx.waitFor('/life', 1, 60_000);
    await fire('c'); // a change after the first flush
    const [, update] = await rx.waitFor('/life', 2, 30_000);
    const [, , repeat] = await rx.waitFor('/life', 3, 30_000); // no change: repeated once repeat_interval passed
    const running = groupResult(routeId, 'all');
    await Promise.all(['a', 'b', 'c'].map((s) => fire(s, { data: { status: 'resolved' } })));
    const result = await running;

    const messages = rx.at('/life').map(bodyOf);
    expect(messages.slice(0, 3).map((m) => m.title)).toEqual(['first all', 'update all', 'repeat all']);
    expect(messages.slice(0, 3).map((m) => m.body)).toEqual(['firing=2 resolved=0 events=2', 'firing=3 resolved=0 events=3', 'firing=3 resolved=0 events=3']);
    // One resolution, last. (On a loaded machine the three recoveries may straddle a tick: the first of
    // them is then news of its own, an update with send_resolved, before the resolution.)
    expect(messages.filter((m) => m.title.startsWith('resolved'))).toHaveLength(1);
    expect(messages.at(-1)).toEqual(expect.objectContaining({ title: 'resolved all', body: expect.stringMatching(/^firing=0 resolved=[1-3] events=6$/) }));
    expect(update!.at - first!.at).toBeGreaterThanOrEqual(timing.groupIntervalSeconds * 1000 - 100);
    expect(repeat!.at - update!.at).toBeGreaterThanOrEqual(timing.repeatIntervalSeconds * 1000 - 100);
    expect(result).toMatchObject({ notifications: messages.length, events: 6 });
    // Every notification is a delivery in the log, hanging off the group's first event, one node id each.
    const rows = await h.dataSource.query(
      `SELECT node_id, status, count(*) OVER (PARTITION BY event_id)::int AS per_event FROM deliveries WHERE tenant_id = $1 AND route_id = $2 ORDER BY created_at`,
      [h.tenantId, routeId]);
    expect(rows.map((r: { node_id: string }) => r.node_id)).toEqual(messages.map((_, i) => `s#group-${i + 1}`));
    expect(rows.every((r: { status: string; per_event: number }) => r.status === 'delivered' && r.per_event === messages.length)).toBe(true);
  }, 180_000);

  it('a silenced event stays out of its group; send nodes keep their mute timings and send_resolved in group notifications', async () => {
    const [plain, quiet, muted] = await Promise.all(['/g-plain', '/g-quiet', '/g-muted'].map((path) => h.createChannel('test-json', { url: rx.url(path) })));
    const muteTimingId = await muteAllDay();
    const graph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['deploy.*'] } },
        { id: 'g', type: 'group', config: { groupBy: 'all', groupWaitSeconds: 2, groupIntervalSeconds: 2, repeatIntervalSeconds: 3600, sendResolved: true } },
        { id: 'm', type: 'template', config: { title: '{{group.kind}}', body: 'firing={{group.firingCount}} resolved={{group.resolvedCount}}' } },
        { id: 'plain', type: 'send', config: { channelId: plain } },
        { id: 'quiet', type: 'send', config: { channelId: quiet, sendResolved: false } },
        { id: 'muted', type: 'send', config: { channelId: muted, muteTimingIds: [muteTimingId] } },
      ],
      edges: [...chain('t', 'g', 'm', 'plain'), { source: 'm', target: 'quiet' }, { source: 'm', target: 'muted' }],
    } as RouteGraph;
    const { routeId, versionId } = await h.createRoute(graph);
    const silenceId = await silence([{ name: 'data.env', op: '=', value: 'prod' }]);

    // AI Admin Panel's pair: deploy.failure opens, deploy.success (no status word) resolves the same alert.
    const svc = (type: string, env: string, service: string) => h.event({ type, source: 'ai-admin-panel', data: { customer: 'Acme', service, env } });
    const silenced = svc('deploy.failure', 'prod', 'billing');
    await h.run(silenced, [versionId]);
    const kept = await h.outcomes(silenced.id);
    expect(kept.g).toEqual({ outcome: 'silenced', reason: expect.stringContaining(`silenced by ${silenceId}`) });
    expect(kept.plain?.outcome).toBe('skipped');

    await h.run(svc('deploy.failure', 'dev', 'api'), [versionId]);
    const [first] = await rx.waitFor('/g-plain', 1, 60_000);
    expect(first!.body).toMatchObject({ title: 'first', body: 'firing=1 resolved=0' }); // the silenced event is not in it
    const running = groupResult(routeId, 'all');
    await h.run(svc('deploy.success', 'dev', 'api'), [versionId]);
    const result = await running;
    expect(result.notifications).toBe(2);

    expect(rx.at('/g-plain').map((r) => bodyOf(r).title)).toEqual(['first', 'resolved']);
    expect(rx.at('/g-quiet').map((r) => bodyOf(r).title)).toEqual(['first']); // send_resolved off
    expect(rx.at('/g-muted')).toHaveLength(0);
    const rows = await h.dataSource.query(
      `SELECT node_id, status, mute_timing_id FROM deliveries WHERE tenant_id = $1 AND route_id = $2 AND node_id LIKE 'muted#%' ORDER BY node_id`, [h.tenantId, routeId]);
    expect(rows).toEqual([
      { node_id: 'muted#group-1', status: 'muted', mute_timing_id: muteTimingId },
      { node_id: 'muted#group-2', status: 'muted', mute_timing_id: muteTimingId },
    ]);
    const skipped = await h.dataSource.query(
      `SELECT outcome, reason FROM node_outcomes WHERE tenant_id = $1 AND node_id = 'quiet#group-2'`, [h.tenantId]);
    expect(skipped).toEqual([{ outcome: 'skipped', reason: 'the group resolved, and this send node has send_resolved off' }]);
  }, 180_000);
});
