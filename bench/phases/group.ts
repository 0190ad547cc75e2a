// (f) Group storm: 5,000 events across 100 group keys, all posted within group_wait. Grouping throughput
// is events / (first POST → last event handed to its group); the storm must end in exactly one first
// notification per key. Also reports the group entity workflows' history lengths (they must stay bounded).
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { type ApiClient, now } from '../api.client.js';
import { closedLoop } from '../load.js';
import type { Receiver } from '../receiver.client.js';
import { benchEvent } from '../setup.js';
import { perSecond } from '../stats.js';
import { postEvent } from './e2e.js';

export const GROUP_TYPE = 'bench.group';
export const GROUP_PATH = '/group';
export const STORM_EVENTS = 5_000;
export const STORM_KEYS = 100;

export interface GroupStormOptions {
  databaseUrl: string;
  temporalAddress: string;
  receiverOrigin: string;
  signingSecret: string;
  concurrency: number;
  /** Long enough that every event is posted before the first group flushes. */
  groupWaitSeconds: number;
}

async function groupRoute(api: ApiClient, o: GroupStormOptions): Promise<void> {
  const channel = await api.expect(201, 'POST', '/v1/channels', {
    name: 'Bench group', pluginId: 'webhook',
    config: { url: `${o.receiverOrigin}${GROUP_PATH}`, signing: { style: 'standard-webhooks', secret: o.signingSecret } },
  });
  const graph = {
    nodes: [
      { id: 'trigger', type: 'trigger', config: { eventTypes: [GROUP_TYPE] } },
      { id: 'storm', type: 'group', config: { groupBy: '{{data.service}}', groupWaitSeconds: o.groupWaitSeconds } },
      { id: 'digest', type: 'template', config: { title: '{{group.firingCount}} failing on {{group.key}}', body: '{{#each group.firing}}- {{subject}}\n{{/each}}' } },
      { id: 'notify', type: 'send', config: { channelId: channel.id } },
    ],
    edges: [{ source: 'trigger', target: 'storm' }, { source: 'storm', target: 'digest' }, { source: 'digest', target: 'notify' }],
  };
  const route = await api.expect(201, 'POST', '/v1/routes', { name: 'Bench group storm', graph });
  await api.expect(200, 'POST', `/v1/routes/${String(route.id)}/publish`);
}

export async function groupStormPhase(api: ApiClient, receiver: Receiver, o: GroupStormOptions) {
  await groupRoute(api, o);
  await receiver.reset();
  const db = new pg.Client({ connectionString: o.databaseUrl });
  await db.connect();
  const connection = await Connection.connect({ address: o.temporalAddress });
  const client = new Client({ connection });
  try {
    const runId = randomUUID().slice(0, 8);
    const startedAt = Date.now();
    const start = now();
    await closedLoop(STORM_EVENTS, o.concurrency, async (i) => {
      // Each event its own alert (a distinct subject), 50 per service.
      const event = benchEvent(`${GROUP_TYPE}-${runId}-${i}`, GROUP_TYPE);
      await postEvent(api, { ...event, subject: `host-${i}`, data: { ...event.data, service: `svc-${i % STORM_KEYS}` } });
    });
    const postedMs = now() - start;
    // Grouped = the event's routeEvent recorded `grouped` at the group node (after its signal-with-start).
    let grouped = { n: 0, last: 0 };
    while (grouped.n < STORM_EVENTS) {
      await new Promise((r) => setTimeout(r, 200));
      const { rows } = await db.query(`SELECT count(*)::int AS n, extract(epoch FROM max(recorded_at)) * 1000 AS last FROM node_outcomes WHERE node_id = 'storm' AND outcome = 'grouped'`);
      grouped = { n: rows[0].n, last: Number(rows[0].last) };
      if (Date.now() - startedAt > (o.groupWaitSeconds + 600) * 1000) throw new Error(`only ${grouped.n}/${STORM_EVENTS} events grouped`);
    }
    const groupedMs = grouped.last - startedAt;
    const withinGroupWait = groupedMs < o.groupWaitSeconds * 1000;
    // Exactly one first notification per key: wait until every group has flushed once, then count.
    await receiver.waitFor(STORM_KEYS, (o.groupWaitSeconds + 120) * 1000);
    const ids = [];
    for await (const wf of client.workflow.list({ query: `WorkflowType = 'groupNotify'` })) ids.push(wf.workflowId);
    const statuses = await Promise.all(ids.map(async (id) => {
      const handle = client.workflow.getHandle(id);
      const [status, described] = await Promise.all([
        handle.query<{ notifications: number; events: number }>('groupStatus'),
        handle.describe(),
      ]);
      return { ...status, historyLength: described.historyLength };
    }));
    const notifications = (await receiver.dump()).deliveries.filter((d) => d.path === GROUP_PATH).length;
    const histories = statuses.map((s) => s.historyLength);
    return {
      events: STORM_EVENTS,
      keys: STORM_KEYS,
      groupWaitSeconds: o.groupWaitSeconds,
      postedPerSecond: perSecond(STORM_EVENTS, postedMs),
      groupedMs: Math.round(groupedMs),
      perSecond: perSecond(STORM_EVENTS, groupedMs),
      withinGroupWait,
      groups: ids.length,
      firstNotifications: notifications,
      eventsGrouped: statuses.reduce((s, x) => s + x.events, 0),
      history: { max: Math.max(...histories), avg: Math.round(histories.reduce((s, v) => s + v, 0) / Math.max(1, histories.length)) },
      check: { ok: notifications === STORM_KEYS && ids.length === STORM_KEYS && statuses.every((s) => s.notifications === 1), lost: 0, duplicated: Math.max(0, notifications - STORM_KEYS), sharedWebhookIds: 0, unexpected: 0 },
    };
  } finally {
    await db.end();
    await connection.close();
  }
}
