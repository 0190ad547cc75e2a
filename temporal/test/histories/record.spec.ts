// Records real workflow histories from the real Temporal dev server into JSON fixtures beside this
// file. Skipped in the normal run; re-record (and commit the JSON) whenever a NEW workflow path is
// added — never re-record an existing fixture to make replay.spec.ts pass (that hides the break):
//
//   RECORD_HISTORIES=1 npx vitest run temporal/test/histories/record.spec.ts
//
// Each fixture is `toJSON(await handle.fetchHistory())` for one finished workflow.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { WorkflowHandle } from '@temporalio/client';
import type { RouteGraph } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chain, startHarness, type Harness } from '../support/harness.js';
import { startReceiver, type Receiver } from '../support/receiver.js';

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
  const path = fileURLToPath(new URL(`./${name}.json`, import.meta.url));
  await handle.fetchHistory(); // the workflow is closed and its history complete
  await writeFile(path, await historyJSON(handle.workflowId));
}

export async function sendRoute(path: string, throttle = false) {
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
});
