import type { RouteGraph } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('silences'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

async function route(path: string, muteTimingIds?: string[]) {
  const channelId = await h.createChannel('test-json', { url: rx.url(path) });
  const graph = {
    nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId, ...(muteTimingIds ? { muteTimingIds } : {}) } }],
    edges: chain('t', 's'),
  } as RouteGraph;
  return { channelId, ...(await h.createRoute(graph)) };
}

async function silence(matchers: unknown[], endsInMs = 3_600_000) {
  const [row] = (await h.dataSource.query(
    `INSERT INTO silences (tenant_id, matchers, starts_at, ends_at, created_by, comment)
     VALUES ($1, $2, now() - interval '1 minute', now() + make_interval(secs => $3::double precision / 1000), 'ana', 'db maintenance') RETURNING id`,
    [h.tenantId, JSON.stringify(matchers), endsInMs],
  )) as Array<{ id: string }>;
  return row!.id;
}

async function muteTiming(intervals: unknown[]) {
  const [row] = (await h.dataSource.query(
    `INSERT INTO mute_timings (tenant_id, name, time_zone, intervals) VALUES ($1, $2, 'UTC', $3) RETURNING id`,
    [h.tenantId, `mt-${Math.random().toString(36).slice(2)}`, JSON.stringify(intervals)],
  )) as Array<{ id: string }>;
  return row!.id;
}

describe('silences and mute timings at the send step', () => {
  it('records a matching event as silenced with the silence id and sends nothing; after expiry the next event is sent', async () => {
    const { versionId } = await route('/silenced');
    const silenceId = await silence([{ name: 'type', op: '=', value: 'db.down' }, { name: 'data.env', op: '=~', value: 'prod|staging' }]);

    const during = h.event({ type: 'db.down', data: { env: 'prod' } });
    expect(await h.run(during, [versionId])).toEqual([{ routeVersionId: versionId, sent: 0, failed: 0, suppressed: 1 }]);
    const [row] = await h.deliveries(during.id);
    expect(row).toMatchObject({ status: 'silenced', silence_id: silenceId, attempts: 0 });
    expect(row!.last_error).toContain(`silenced by ${silenceId}`);
    expect((await h.outcomes(during.id)).s?.outcome).toBe('silenced');
    expect(rx.at('/silenced')).toHaveLength(0); // the workflow finished: nothing can still be on its way

    // The matchers are all-of, anchored: another env is not silenced even while the silence is active.
    const otherEnv = h.event({ type: 'db.down', data: { env: 'dev' } });
    expect(await h.run(otherEnv, [versionId])).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);

    // Expire = endsAt set to now (what POST /v1/silences/:id/expire does).
    await h.dataSource.query('UPDATE silences SET ends_at = now() WHERE id = $1', [silenceId]);
    const after = h.event({ type: 'db.down', data: { env: 'prod' } });
    expect(await h.run(after, [versionId])).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    expect((await h.deliveries(after.id))[0]).toMatchObject({ status: 'delivered', silence_id: null });
    const sentIds = (await Promise.all([otherEnv, after].map(async (e) => (await h.deliveries(e.id))[0]!.idempotency_key)));
    expect(rx.at('/silenced').map((r) => r.headers['webhook-id'])).toEqual(sentIds);
  });

  it('mutes a send inside its mute timing window and sends outside it', async () => {
    const today = WEEKDAYS[new Date().getUTCDay()]!;
    const otherDay = WEEKDAYS[(new Date().getUTCDay() + 3) % 7]!;
    const allToday = await muteTiming([{ weekdays: [today] }]);
    const notToday = await muteTiming([{ weekdays: [otherDay] }]);

    const muted = await route('/muted', [allToday]);
    const event = h.event();
    expect(await h.run(event, [muted.versionId])).toEqual([{ routeVersionId: muted.versionId, sent: 0, failed: 0, suppressed: 1 }]);
    expect((await h.deliveries(event.id))[0]).toMatchObject({ status: 'muted', mute_timing_id: allToday });
    expect((await h.outcomes(event.id)).s?.outcome).toBe('muted');

    const open = await route('/outside-window', [notToday]);
    const sent = h.event();
    expect(await h.run(sent, [open.versionId])).toEqual([{ routeVersionId: open.versionId, sent: 1, failed: 0 }]);
    expect(rx.at('/outside-window')).toHaveLength(1);
    expect(rx.at('/muted')).toHaveLength(0);
  });

  it('a mute timing on the route (its trigger) mutes every send of the route inside the window', async () => {
    const today = WEEKDAYS[new Date().getUTCDay()]!;
    const allToday = await muteTiming([{ weekdays: [today] }]);
    const [first, second] = await Promise.all(['/route-muted-a', '/route-muted-b'].map((path) => h.createChannel('test-json', { url: rx.url(path) })));
    const graph = {
      nodes: [
        { id: 't', type: 'trigger', config: { eventTypes: ['*'], muteTimingIds: [allToday] } },
        { id: 'a', type: 'send', config: { channelId: first } },
        { id: 'b', type: 'send', config: { channelId: second } },
      ],
      edges: [...chain('t', 'a'), { source: 't', target: 'b' }],
    } as RouteGraph;
    const { versionId } = await h.createRoute(graph);
    const event = h.event();
    expect(await h.run(event, [versionId])).toEqual([{ routeVersionId: versionId, sent: 0, failed: 0, suppressed: 2 }]);
    expect(await h.deliveries(event.id)).toMatchObject([{ status: 'muted', mute_timing_id: allToday }, { status: 'muted', mute_timing_id: allToday }]);
    expect([...rx.at('/route-muted-a'), ...rx.at('/route-muted-b')]).toHaveLength(0); // the workflow finished: nothing is on its way
  });
});
