// Records real workflow histories from the real Temporal dev server into JSON fixtures beside this
// file. Skipped in the normal run; re-record (and commit the JSON) whenever a NEW workflow path is
// added — never re-record an existing fixture to make replay.spec.ts pass (that hides the break):
//
//   RECORD_HISTORIES=1 RECORD_TAG=v3 npx vitest run temporal/test/histories/record.spec.ts
//
// RECORD_TAG names the workflow-code generation (`<path>.<tag>.json`): v1 = before the durable send
// loop, v2 = with it (held, workflow-driven retries, pacing), v3 = release slots in the resume signal,
// alerts = the alert-state local activity (patch 'alert-state'; record only its scenario with -t 'alert').
// v4 = the silences check before each send (patch `silences`).
// group = the group node (routeEvent's `group-node` patch, and the groupNotify entity workflow).
// groupmute = group notifications asking checkSilences for send nodes' mute timings (patch `group-mute-timings`;
// record only its scenario with -t 'group-mute-timings').
// v5 = routeEventV2, the type the API starts since (every feature, no patch markers, planAndAttempt; record with -t 'routeEvent').
// purge = the retention workflow purgeExpired (record with -t 'purgeExpired'); purge.v1 was recorded before it purged
// resolved alerts (its batch results have no `alerts`), purge.v2 after.
// release = silenceRelease, one per silence (record with -t 'silenceRelease').
// Older generations stay: they are exactly the in-flight workflows a deploy must not break.
//
// Each fixture is the full history of one finished workflow, as `temporal workflow show -o json` prints it.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { WorkflowHandle } from '@temporalio/client';
import { SILENCE_CHANGED_SIGNAL, SILENCE_RELEASE_WORKFLOW, silenceReleaseWorkflowId, type RouteGraph } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { groupWorkflowId } from '../../src/activities/group.activity.js';
import { cancelDeliveryRetry, releaseHeldDeliveries } from '../../src/control/send.control.js';
import { chain, startHarness, type Harness } from '../support/harness.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { waitUntil } from '../support/wait.js';

// The JSON is what `temporal workflow show --output json` prints (the format historyFromJSON reads).
// Not historyToJSON: @temporalio/common's nested protobufjs copy rejects the client's history types
// ("type must be a Type").
const run = promisify(execFile);
async function historyJSON(workflowId: string): Promise<string> {
  const cli = process.env.TEMPORAL_CLI_PATH ?? 'temporal';
  const { stdout } = await run(cli, ['workflow', 'show', '--address', process.env.TEMPORAL_ADDRESS!, '--workflow-id', workflowId, '--output', 'json'], { maxBuffer: 64 << 20 });
  return stdout;
}

const recording = process.env.RECORD_HISTORIES === '1';
const tag = process.env.RECORD_TAG ?? 'new';
let h: Harness;
let rx: Receiver;

beforeAll(async () => {
  if (recording) [h, rx] = await Promise.all([startHarness('record'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

async function save(name: string, handle: WorkflowHandle) {
  await handle.result().catch(() => undefined);
  const path = fileURLToPath(new URL(`./${name}.${tag}.json`, import.meta.url));
  await handle.fetchHistory(); // the workflow is closed and its history complete
  await writeFile(path, await historyJSON(handle.workflowId));
}

async function sendRoute(path: string, throttle = false) {
  const ch = await h.createChannel('test-json', { url: rx.url(path) });
  const nodes = [
    { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
    ...(throttle ? [{ id: 'th', type: 'throttle', config: { mode: 'rate_limit', key: '{{type}}', limit: 5, windowSeconds: 60 } }] : []),
    { id: 's', type: 'send', config: { channelId: ch } },
  ];
  return { channelId: ch, ...(await h.createRoute({ nodes, edges: chain(...nodes.map((n) => n.id)) } as RouteGraph)) };
}

describe.runIf(recording)('record workflow histories', () => {
  it('routeEvent happy path', async () => {
    const { versionId } = await sendRoute('/happy');
    await save('route-event.happy', await h.start(h.event(), [versionId]));
  });

  it('routeEvent with a retried send', async () => {
    rx.script('/retry', [{ status: 503, body: 'down' }, { status: 503, body: 'down' }]);
    const { versionId } = await sendRoute('/retry');
    await save('route-event.retry', await h.start(h.event(), [versionId]));
  });

  it('routeEvent with a throttle node', async () => {
    const { versionId } = await sendRoute('/throttle', true);
    await save('route-event.throttle', await h.start(h.event(), [versionId]));
  });

  it('resendDelivery', async () => {
    const { versionId, routeId, channelId } = await sendRoute('/resend');
    const event = h.event();
    await (await h.start(event, [versionId])).result();
    const [d] = await h.deliveries(event.id);
    const [row] = (await h.dataSource.query('SELECT message FROM deliveries WHERE id = $1', [d!.id])) as Array<{ message: unknown }>;
    const handle = await h.client.workflow.start('resendDelivery', {
      taskQueue: h.taskQueue, workflowId: `resend:${h.tenantId}:${d!.id}:1`,
      args: [{ tenantId: h.tenantId, eventId: event.id, routeId, routeVersionId: versionId, nodeId: 's#resend-1', channelId, message: row!.message }],
    });
    await save('resend-delivery', handle);
  });

  it('routeEvent held on a paused channel, then resumed', async () => {
    const { versionId, channelId } = await sendRoute('/held');
    await h.dataSource.query('UPDATE channels SET paused = true WHERE id = $1', [channelId]);
    const event = h.event();
    const handle = await h.start(event, [versionId]);
    await waitUntil('held', async () => (await h.deliveries(event.id))[0]?.status === 'held');
    await h.dataSource.query('UPDATE channels SET paused = false WHERE id = $1', [channelId]);
    await releaseHeldDeliveries(h.dataSource, h.client, h.tenantId, channelId);
    await save('route-event.held', handle);
  });

  it('routeEvent with a retry that is cancelled', async () => {
    rx.script('/cancelled', [{ status: 503, body: 'down' }]);
    const { versionId, channelId } = await sendRoute('/cancelled');
    await h.dataSource.query(`UPDATE channels SET retry_policy = '{"delaysSeconds":[3600],"jitter":0,"maxRetryAfterSeconds":60}' WHERE id = $1`, [channelId]);
    const event = h.event();
    const handle = await h.start(event, [versionId]);
    const d = await waitUntil('retrying', async () => ((await h.deliveries(event.id))[0]?.status === 'retrying' ? (await h.deliveries(event.id))[0] : undefined));
    await cancelDeliveryRetry(h.dataSource, h.client, h.tenantId, d.id);
    await save('route-event.cancelled', handle);
  });

  it('routeEvent handing an event to a group node, and the group entity workflow (first notification, resolution)', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/group') });
    const nodes = [
      { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
      { id: 'g', type: 'group', config: { groupBy: '{{source}}', groupWaitSeconds: 1, groupIntervalSeconds: 1, repeatIntervalSeconds: 3600 } },
      { id: 'm', type: 'template', config: { title: '{{group.firingCount}} firing' } },
      { id: 's', type: 'send', config: { channelId: ch } },
    ];
    const { versionId, routeId } = await h.createRoute({ nodes, edges: chain('t', 'g', 'm', 's') } as RouteGraph);
    // A type outside the catalogue's problem / recovery pairs: `data.status` decides resolved.
    const event = h.event({ type: 'host.down', subject: 'a', source: `rec-${Date.now()}` });
    await save('route-event.grouped', await h.start(event, [versionId]));
    await rx.waitFor('/group', 1);
    await (await h.start(h.event({ type: 'host.down', subject: 'a', source: event.source, data: { status: 'resolved' } }), [versionId])).result();
    await save('group-notify.first-resolved', h.client.workflow.getHandle(groupWorkflowId({ tenantId: h.tenantId, routeId, nodeId: 'g', key: event.source })));
  });

  // Since patch `group-mute-timings`: each send of a group notification asks checkSilences for its mute timings.
  it('the group entity workflow with a muted send and a send that has send_resolved off (patch group-mute-timings)', async () => {
    const [plain, quiet, muted] = await Promise.all(['/gm-plain', '/gm-quiet', '/gm-muted'].map((path) => h.createChannel('test-json', { url: rx.url(path) })));
    const [timing] = (await h.dataSource.query(
      `INSERT INTO mute_timings (tenant_id, name, time_zone, intervals) VALUES ($1, $2, 'UTC', '[{}]') RETURNING id`, [h.tenantId, `always-${Date.now()}`],
    )) as Array<{ id: string }>;
    const nodes = [
      { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
      { id: 'g', type: 'group', config: { groupBy: '{{source}}', groupWaitSeconds: 1, groupIntervalSeconds: 1, repeatIntervalSeconds: 3600 } },
      { id: 'plain', type: 'send', config: { channelId: plain } },
      { id: 'quiet', type: 'send', config: { channelId: quiet, sendResolved: false } },
      { id: 'muted', type: 'send', config: { channelId: muted, muteTimingIds: [timing!.id] } },
    ];
    const edges = [...chain('t', 'g', 'plain'), { source: 'g', target: 'quiet' }, { source: 'g', target: 'muted' }];
    const { versionId, routeId } = await h.createRoute({ nodes, edges } as RouteGraph);
    const event = h.event({ type: 'host.down', subject: 'a', source: `rec-mute-${Date.now()}` });
    await (await h.start(event, [versionId])).result();
    await rx.waitFor('/gm-plain', 1);
    await (await h.start(h.event({ type: 'host.down', subject: 'a', source: event.source, data: { status: 'resolved' } }), [versionId])).result();
    await save('group-notify.muted-send-resolved', h.client.workflow.getHandle(groupWorkflowId({ tenantId: h.tenantId, routeId, nodeId: 'g', key: event.source })));
  });

  it('routeEvent paced behind another send to the same destination', async () => {
    const { versionId, channelId } = await sendRoute('/paced');
    await h.dataSource.query('UPDATE channels SET rate_per_second = 0.3 WHERE id = $1', [channelId]);
    const first = await h.start(h.event(), [versionId]);
    const second = await h.start(h.event(), [versionId]);
    await first.result();
    await save('route-event.paced', second);
  });

  // Since patch `silences` (v4): every send asks checkSilences first. One send silenced, one let through.
  it('routeEvent with a silenced send and a send the silence does not match', async () => {
    const { versionId } = await sendRoute('/silenced');
    await h.dataSource.query(
      `INSERT INTO silences (tenant_id, matchers, starts_at, ends_at, created_by, comment)
       VALUES ($1, '[{"name":"data.env","op":"=","value":"prod"}]', now() - interval '1 minute', now() + interval '1 hour', 'recorder', 'history')`,
      [h.tenantId],
    );
    await (await h.start(h.event({ data: { env: 'prod' } }), [versionId])).result();
    await save('route-event.silenced', await h.start(h.event({ data: { env: 'prod' } }), [versionId]));
    await save('route-event.not-silenced', await h.start(h.event({ data: { env: 'dev' } }), [versionId]));
  });

  it('routeEvent alert problem, then its recovery 7 minutes later (patch alert-state)', async () => {
    const { versionId } = await sendRoute('/alert');
    const data = { service: 'recorded-app', customer: 'Acme Corp' };
    const down = h.event({ type: 'service.health.down', source: 'ai-admin-panel', timestamp: '2026-03-29T15:00:00Z', data });
    await (await h.start(down, [versionId])).result();
    const up = h.event({ type: 'service.health.recovered', source: 'ai-admin-panel', timestamp: '2026-03-29T15:07:00Z', data });
    await save('route-event.alert-recovery', await h.start(up, [versionId]));
  });

  it('purgeExpired deleting old events and resolved alerts in batches', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000);
    for (let i = 0; i < 3; i++) {
      await h.dataSource.query(
        `INSERT INTO events (tenant_id, id, type, source, severity, "timestamp", data, received_at, route_version_ids, status)
         VALUES ($1, gen_random_uuid()::text, 'deploy.failure', 'recorder', 'high', $2, '{}', $2, '{}', 'unmatched')`,
        [h.tenantId, old],
      );
      await h.dataSource.query(
        `INSERT INTO alerts (tenant_id, fingerprint, status, type, source, severity, opened_at, resolved_at, problem_event_id, last_event_id, last_event_at)
         VALUES ($1, gen_random_uuid()::text, 'resolved', 'deploy.failure', 'recorder', 'high', $2, $2, 'p', 'p', $2)`,
        [h.tenantId, old],
      );
    }
    const handle = await h.client.workflow.start('purgeExpired', {
      taskQueue: h.taskQueue, workflowId: `record-purge-${Date.now()}`, args: [{ retentionDays: 30, batchSize: 2 }],
    });
    await save('purge-expired.batches', handle);
  });

  it('silenceRelease: extended, then expired, releasing the silenced send of an open alert', async () => {
    const { versionId } = await sendRoute('/release');
    const [silence] = (await h.dataSource.query(
      `INSERT INTO silences (tenant_id, matchers, starts_at, ends_at, created_by, comment)
       VALUES ($1, '[{"name":"data.customer","op":"=","value":"Release Corp"}]', now() - interval '1 minute', now() + interval '1 hour', 'recorder', 'history') RETURNING id`,
      [h.tenantId],
    )) as Array<{ id: string }>;
    const down = h.event({ type: 'service.health.down', source: 'ai-admin-panel', data: { service: 'release-app', customer: 'Release Corp' } });
    await h.dataSource.query(
      `INSERT INTO events (tenant_id, id, type, source, severity, "timestamp", data, received_at, route_version_ids, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, 'routed')`,
      [h.tenantId, down.id, down.type, down.source, down.severity, down.timestamp, JSON.stringify(down.data), [versionId]],
    );
    await (await h.start(down, [versionId])).result();
    const handle = await h.client.workflow.signalWithStart(SILENCE_RELEASE_WORKFLOW, {
      taskQueue: h.taskQueue, workflowId: silenceReleaseWorkflowId(h.tenantId, silence!.id), args: [{ tenantId: h.tenantId, silenceId: silence!.id }], signal: SILENCE_CHANGED_SIGNAL,
    });
    // Each change once the workflow sleeps until the end it read, so the history holds both timers.
    const timers = async () => (await handle.fetchHistory()).events?.filter((e) => e.timerStartedEventAttributes).length ?? 0;
    await waitUntil('the first timer', async () => (await timers()) === 1, 30_000);
    await h.dataSource.query(`UPDATE silences SET ends_at = now() + interval '2 hours' WHERE id = $1`, [silence!.id]);
    await handle.signal(SILENCE_CHANGED_SIGNAL);
    await waitUntil('the second timer', async () => (await timers()) === 2, 30_000);
    await h.dataSource.query('UPDATE silences SET ends_at = now() WHERE id = $1', [silence!.id]);
    await handle.signal(SILENCE_CHANGED_SIGNAL);
    await save('silence-release.extended-expired', handle);
  });
});
