import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import webhookChannel from '@signalbox/channel-webhook';
import { createDataSource, SecretsCipher, Tenant } from '@signalbox/db';
import { createPluginRegistry } from '@signalbox/plugin-sdk/host';
import { ROUTE_EVENT_WORKFLOW, routeEventWorkflowId } from '@signalbox/route-model';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from './support/receiver.js';

// Cross-process: the built worker (`node temporal/dist/main.js`, as the launcher and docker-compose run it)
// is SIGKILLed mid-flight; a second one must finish every event. Needs `npm run build` first.
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const EVENTS = 200;
const taskQueue = `test-crash-${randomBytes(4).toString('hex')}`;
const secretKey = randomBytes(32).toString('base64');
const dataSource = createDataSource({ url: process.env.DATABASE_URL!, poolSize: 4 });
let connection: Connection;
let rx: Receiver;
const children = new Set<ChildProcess>();

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, TEMPORAL_TASK_QUEUE: taskQueue, SIGNALBOX_SECRET_KEY: secretKey, ALLOW_PRIVATE_NETWORKS: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('worker ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before ready: ${stderr.slice(-2000)}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npm run build -w @signalbox/temporal, or npm test)`);
  await dataSource.initialize();
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  rx = await startReceiver({ delayMs: 25 });
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await rx?.close();
  await connection?.close();
  await dataSource.destroy();
});

describe('worker crash', () => {
  it(`delivers all ${EVENTS} events after a SIGKILL mid-flight; a duplicate carries its original webhook-id`, { timeout: 180_000 }, async () => {
    const tenant = await dataSource.getRepository(Tenant).save({ name: 'temporal worker-crash' });
    const parsed = createPluginRegistry([webhookChannel]).parseChannelConfig('webhook', {
      url: rx.url('/crash'), signing: { secret: `whsec_${randomBytes(24).toString('base64')}` },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const [channel] = await dataSource.query(
      `INSERT INTO channels (tenant_id, name, plugin_id, config, secrets_ciphertext) VALUES ($1, 'crash', 'webhook', $2, $3) RETURNING id`,
      [tenant.id, JSON.stringify(parsed.config), new SecretsCipher(secretKey).encrypt(parsed.secrets)],
    );
    const graph = { nodes: [{ id: 't', type: 'trigger', config: { eventTypes: ['*'] } }, { id: 's', type: 'send', config: { channelId: channel.id } }], edges: [{ source: 't', target: 's' }] };
    const [route] = await dataSource.query(`INSERT INTO routes (tenant_id, name, status, draft_graph) VALUES ($1, 'crash', 'published', $2) RETURNING id`, [tenant.id, JSON.stringify(graph)]);
    const [version] = await dataSource.query(
      `INSERT INTO route_versions (tenant_id, route_id, version, graph, trigger_types) VALUES ($1, $2, 1, $3, '{*}') RETURNING id`, [tenant.id, route.id, JSON.stringify(graph)]);

    const first = await startWorker();
    const client = new Client({ connection });
    const events = Array.from({ length: EVENTS }, (_, i) => ({ id: randomUUID(), type: 'crash.test', source: 'test', severity: 'info' as const, timestamp: new Date().toISOString(), data: { i } }));
    const handles: WorkflowHandle[] = await Promise.all(events.map((event) =>
      client.workflow.start(ROUTE_EVENT_WORKFLOW, {
        taskQueue, workflowId: routeEventWorkflowId(tenant.id, event.id),
        args: [{ tenantId: tenant.id, event, receivedAt: new Date().toISOString(), routeVersionIds: [version.id] }],
      })));

    await rx.waitFor('/crash', 30, 60_000);
    first.kill('SIGKILL');
    await exited(first);
    const atCrash = rx.at('/crash').length;
    expect(atCrash).toBeLessThan(EVENTS); // the kill really was mid-flight

    const second = await startWorker();
    await Promise.all(handles.map((h) => h.result()));

    const byEvent = new Map<string, Set<string>>();
    for (const r of rx.at('/crash')) {
      const eventId = (r.body as { data: { event: { id: string } } }).data.event.id;
      byEvent.set(eventId, (byEvent.get(eventId) ?? new Set()).add(String(r.headers['webhook-id'])));
    }
    expect(byEvent.size).toBe(EVENTS);
    // Every redelivery of an event carried the same webhook-id as its first delivery.
    expect([...byEvent.values()].every((ids) => ids.size === 1)).toBe(true);
    const rows: Array<{ status: string; n: number }> = await dataSource.query(
      'SELECT status, count(*)::int AS n FROM deliveries WHERE tenant_id = $1 GROUP BY status', [tenant.id]);
    expect(rows).toEqual([{ status: 'delivered', n: EVENTS }]);
    console.log(`worker-crash: ${atCrash} requests before SIGKILL, ${rx.at('/crash').length - EVENTS} duplicate(s) after recovery`);

    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0); // graceful shutdown
  });
});
