// When a silence ends, what it held back from alerts that are still open goes out (once per alert and send),
// as Alertmanager notifies a still-firing alert after its silence. Real Temporal dev server and Postgres.
import { SILENCE_CHANGED_SIGNAL, SILENCE_RELEASE_WORKFLOW, silenceReleaseWorkflowId, type RouteGraph, type SignalboxEvent, type SilenceReleaseResult } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('silence-release'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

async function route(path: string) {
  const channelId = await h.createChannel('test-json', { url: rx.url(path) });
  const graph = {
    nodes: [
      { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
      { id: 'm', type: 'template', config: { title: '{{type}} {{subject}} #{{data.n}}', body: 'x' } },
      { id: 's', type: 'send', config: { channelId } },
    ],
    edges: chain('t', 'm', 's'),
  } as RouteGraph;
  return h.createRoute(graph);
}

async function silence(source: string) {
  const [row] = (await h.dataSource.query(
    `INSERT INTO silences (tenant_id, matchers, starts_at, ends_at, created_by, comment)
     VALUES ($1, $2, now() - interval '1 minute', now() + interval '1 hour', 'ana', 'maintenance') RETURNING id`,
    [h.tenantId, JSON.stringify([{ name: 'source', op: '=', value: source }])],
  )) as Array<{ id: string }>;
  return row!.id;
}

/** Routes the event as the API would have accepted it: its row in `events`, then its workflow. */
async function routed(event: SignalboxEvent, versionId: string) {
  await h.dataSource.query(
    `INSERT INTO events (tenant_id, id, type, source, severity, subject, "timestamp", data, received_at, route_version_ids, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9, 'routed')`,
    [h.tenantId, event.id, event.type, event.source, event.severity, event.subject ?? null, event.timestamp, JSON.stringify(event.data), [versionId]],
  );
  return h.run(event, [versionId]);
}

/** Starts the silence's release workflow (as the API does on create), expires the silence and tells it so. */
async function expireAndRelease(silenceId: string): Promise<SilenceReleaseResult> {
  const handle = await h.client.workflow.signalWithStart(SILENCE_RELEASE_WORKFLOW, {
    taskQueue: h.taskQueue, workflowId: silenceReleaseWorkflowId(h.tenantId, silenceId), args: [{ tenantId: h.tenantId, silenceId }],
    signal: SILENCE_CHANGED_SIGNAL,
  });
  await h.dataSource.query('UPDATE silences SET ends_at = now() WHERE id = $1', [silenceId]);
  await handle.signal(SILENCE_CHANGED_SIGNAL);
  return handle.result() as Promise<SilenceReleaseResult>;
}

const released = (deliveryId: string) => h.client.workflow.getHandle(`release:${h.tenantId}:${deliveryId}`).result();
const titles = (path: string) => rx.at(path).map((r) => (r.body as { title: string }).title);

describe('silence release', () => {
  it('sends the newest silenced send of each alert still open, once; nothing for resolved alerts or events without an alert', async () => {
    const { versionId } = await route('/released');
    const silenceId = await silence('ai-admin-panel');
    const ev = (type: string, subject: string, n: number) => h.event({ type, source: 'ai-admin-panel', subject, data: { n } });
    const api1 = ev('service.health.down', 'api', 1);
    const api2 = ev('service.health.down', 'api', 2);
    const db = ev('service.health.down', 'db', 3);
    const dbBack = ev('service.health.recovered', 'db', 4);
    const signup = ev('user.signup', 'ana', 5);
    for (const e of [api1, api2, db, dbBack, signup]) {
      expect(await routed(e, versionId)).toEqual([{ routeVersionId: versionId, sent: 0, failed: 0, suppressed: 1 }]);
    }

    expect(await expireAndRelease(silenceId)).toEqual({ released: 1 });
    const [silencedRow] = (await h.deliveries(api2.id)).filter((d) => d.node_id === 's');
    expect(await released(silencedRow!.id)).toBe(true);
    expect(titles('/released')).toEqual(['service.health.down api #2']);
    expect(await h.deliveries(api2.id)).toEqual([
      expect.objectContaining({ node_id: 's', status: 'silenced' }),
      expect.objectContaining({ node_id: 's#resend-after-silence', status: 'delivered' }),
    ]);
    // Released once: a second end (a retried release) starts nothing new.
    const child = h.client.workflow.getHandle(`release:${h.tenantId}:${silencedRow!.id}`);
    const { runId } = await child.describe();
    const again = await h.client.workflow.start(SILENCE_RELEASE_WORKFLOW, {
      taskQueue: h.taskQueue, workflowId: `${silenceReleaseWorkflowId(h.tenantId, silenceId)}-again`, args: [{ tenantId: h.tenantId, silenceId }],
    });
    expect(await again.result()).toEqual({ released: 1 });
    expect((await child.describe()).runId).toBe(runId);
    expect(await h.deliveries(api2.id)).toHaveLength(2);
  });

  it('a send another silence still matches waits for that one to end', async () => {
    const { versionId } = await route('/overlap');
    const first = await silence('astra-netmon');
    const down = h.event({ type: 'service.health.down', source: 'astra-netmon', subject: 'edge', data: { n: 1 } });
    await routed(down, versionId);
    const second = await silence('astra-netmon');

    expect(await expireAndRelease(first)).toEqual({ released: 0 });
    expect((await h.deliveries(down.id))[0]).toMatchObject({ status: 'silenced', silence_id: second });
    expect(await expireAndRelease(second)).toEqual({ released: 1 });
    expect(await released((await h.deliveries(down.id))[0]!.id)).toBe(true);
    expect(titles('/overlap')).toEqual(['service.health.down edge #1']);
  });
});
