import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import { eventCatalogue, NOT_COUNTED, NOT_JOINED, routeEventWorkflowId, type SignalboxEvent } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORAL_CLIENT } from '../../src/temporal-client/temporal.tokens.js';
import { OVER_BUDGET_EVENT, parityRoutes, type ParityChannels } from './parity.routes.js';
import { startSlice, type EventDetail } from './slice.harness.js';

// Issue 10, "one interpreter": for every seed event and every fixture route, the dry run says what the
// real worker did. Worker side: events ingested through the API (one batch), routed by the real worker on
// the real Temporal dev server, outcomes read from the API and deliveries table after each workflow ended.
// Comparable mapping: dry run `would_send` ↔ worker `sent` with a delivered delivery row; a failed send ↔
// failed with the same reason and a failed delivery row saying it; a throttle's reason ↔ the worker's plus
// "(not counted in a dry run)"; a group's reason ↔ the worker's plus its "not joined" note; a template over budget: dry run 400 naming it ↔ worker `failed` with its reason.

interface Step { nodeId: string; outcome: string; reason?: string | null }
type Slice = Awaited<ReturnType<typeof startSlice>>;

describe('dry run and worker agree (one interpreter)', () => {
  let slice: Slice;
  let slackStandIn: ReturnType<typeof createServer>;
  let routes: Array<{ id: string; name: string; sends: Set<string> }>;
  const throttleNodes = new Set<string>();
  const groupNodes = new Set<string>();

  beforeAll(async () => {
    slice = await startSlice({ allPlugins: true });
    // Slack answers a good incoming-webhook post with 200 "ok".
    slackStandIn = createServer((req, res) => req.resume().on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')));
    await new Promise<void>((r) => slackStandIn.listen(0, '127.0.0.1', r));
    const slackUrl = `http://127.0.0.1:${(slackStandIn.address() as AddressInfo).port}/services/T000/B000/parity`;
    // Parity is about outcomes, not pacing: without the override Slack's 1/s limit spaces ~100 sends over minutes.
    const slack = await slice.api.request('POST', '/v1/channels', { name: 'Parity Slack', pluginId: 'slack', config: { webhookUrl: slackUrl }, ratePerSecond: 1000 });
    expect(slack.statusCode, slack.body).toBe(201);
    const [alien] = await slice.api.dataSource.query(
      `INSERT INTO channels (tenant_id, name, plugin_id, config) VALUES ($1, 'Alien', 'not-installed', '{}') RETURNING id`, [slice.api.tenantId],
    );
    const channels: ParityChannels = { hook: await slice.createChannel(), slack: slack.json().id, gone: await slice.createChannel(), alien: alien.id };
    routes = [];
    for (const { name, graph } of parityRoutes(channels)) {
      graph.nodes.filter((n) => n.type === 'throttle').forEach((n) => throttleNodes.add(n.id));
      graph.nodes.filter((n) => n.type === 'group').forEach((n) => groupNodes.add(n.id));
      const sends = new Set(graph.nodes.filter((n) => n.type === 'send').map((n) => n.id));
      routes.push({ id: (await slice.publishRoute(name, graph)).id, name, sends });
    }
    // Published while it existed; deleted afterwards, as an admin might (the route now sends to nothing).
    await slice.api.dataSource.query('DELETE FROM channels WHERE tenant_id = $1 AND id = $2', [slice.api.tenantId, channels.gone]);
  }, 120_000);
  afterAll(async () => {
    await slice?.close();
    slackStandIn?.close();
  });

  it('for ≥30 seed events × ≥10 routes, every node of every matched route', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const seeds: SignalboxEvent[] = eventCatalogue().map((entry) => ({ ...entry.sample, id: randomUUID() }));
    expect(seeds.length).toBeGreaterThanOrEqual(30);
    // Plus one event made to push a template over its budget (no seed event is that large).
    const events = [...seeds, { ...OVER_BUDGET_EVENT, id: randomUUID(), timestamp: new Date().toISOString() }];
    const batch = await slice.api.request('POST', '/v1/events/batch', { events });
    expect(batch.statusCode, batch.body).toBeLessThan(300);
    const accepted = events.filter((_, i) => (batch.json().results as Array<{ result: string }>)[i]!.result === 'accepted');
    expect(accepted.length).toBeGreaterThanOrEqual(31);

    const details = await Promise.all(accepted.map((event) => finished(slice, event.id)));
    const worker: Record<string, Step[]> = {};
    const dry: Record<string, Step[]> = {};
    const seen = new Set<string>();
    for (const [i, event] of accepted.entries()) {
      const detail = details[i]!;
      const deliveries: Array<{ route_id: string; node_id: string; status: string; last_error: string | null }> = await slice.api.dataSource.query(
        'SELECT route_id, node_id, status, last_error FROM deliveries WHERE tenant_id = $1 AND event_id = $2', [slice.api.tenantId, event.id],
      );
      // The event as stored, which is what the worker routed: Postgres (jsonb) orders an object's keys its
      // own way, and a reason that previews an object shows them in that order.
      const stored = { ...event, data: detail.data };
      const answers = await Promise.all(routes.map((route) => slice.api.request('POST', `/v1/routes/${route.id}/test`, { event: stored, version: 1 })));
      for (const [r, route] of routes.entries()) {
        const key = `${event.type} (${event.id.slice(0, 8)}) on "${route.name}"`;
        const matched = detail.matchedRoutes.find((m) => m.routeId === route.id);
        const res = answers[r]!;
        if (!matched) {
          // Not matched at ingest ↔ the dry run's trigger says the event does not match.
          expect(res.statusCode, res.body).toBe(200);
          expect(res.json().steps[0], key).toMatchObject({ nodeId: 'trigger', outcome: 'filtered' });
          continue;
        }
        const workerSteps = matched.outcomes.map((o): Step => {
          const delivery = deliveries.find((d) => d.route_id === route.id && d.node_id === o.nodeId);
          if (o.outcome === 'sent') return { nodeId: o.nodeId, outcome: delivery?.status === 'delivered' ? 'sent' : `sent, delivery ${delivery?.status}` };
          if (o.outcome === 'failed' && route.sends.has(o.nodeId)) {
            return { nodeId: o.nodeId, outcome: delivery?.status === 'failed' && delivery.last_error === o.reason ? 'failed' : 'failed without its delivery row', reason: o.reason };
          }
          return { nodeId: o.nodeId, outcome: o.outcome, reason: o.reason ?? null };
        });
        worker[key] = sortSteps(workerSteps);
        workerSteps.forEach((s) => seen.add(`${route.name}|${s.nodeId}|${s.outcome}`));
        if (res.statusCode === 400) {
          // Over budget: the 400 names the node; the worker failed that node with the same problem.
          const { message, issues } = res.json() as { message: string; issues: Array<{ nodeId: string }> };
          const nodeId = issues[0]!.nodeId;
          dry[key] = sortSteps(workerSteps.map((s) => (s.nodeId === nodeId ? { nodeId, outcome: 'failed', reason: `template failed to render: ${message.slice(message.indexOf(': ') + 2)}` } : s)));
          seen.add(`${route.name}|400`);
          continue;
        }
        expect(res.statusCode, res.body).toBe(200);
        if (route.name.startsWith('group node')) {
          // Beyond parity: the dry run previews what follows the group as a group of this one event.
          const byId = new Map((res.json().steps as Array<Step & { message?: { title?: string }; payloadPreview?: unknown }>).map((s) => [s.nodeId, s]));
          expect(byId.get('digest')?.message?.title, key).toMatch(/^[01] firing in \S/); // 0 for a recovery event
          expect(byId.get('notify')?.payloadPreview, key).toBeDefined();
          expect(byId.get('raw')?.message?.title, key).toMatch(/^\[(FIRING:1\]|RESOLVED\]) /);
          seen.add(`${route.name}|preview`);
        }
        dry[key] = sortSteps((res.json().steps as Step[]).map((s) => {
          if (s.outcome === 'would_send') return { nodeId: s.nodeId, outcome: 'sent' };
          const note = throttleNodes.has(s.nodeId) ? NOT_COUNTED : groupNodes.has(s.nodeId) ? NOT_JOINED : undefined;
          const reason = note && s.reason?.endsWith(note) ? s.reason.slice(0, -note.length) : s.reason;
          return { nodeId: s.nodeId, outcome: s.outcome, reason: reason ?? null };
        }));
      }
    }
    expect(dry).toEqual(worker);

    // The library is not vacuous: each semantic it is there for happened at least once.
    for (const expected of [
      'severity branch: serious to the webhook, the rest (else) to Slack|digest|sent',
      'severity branch: serious to the webhook, the rest (else) to Slack|page|sent',
      'regex on a missing field fails closed and follows else|fallback|sent',
      'regex on a non-string field (an object) fails closed and follows else|told|sent',
      'nested filters: an or of ands, then a second filter|outer|filtered',
      'dedupe per event id (always the first of its key)|once|passed',
      'wide rate limit, default message escaped for Slack|out|sent',
      'missing channel behind a filter|lost|failed',
      'one template, two sends: an uninstalled plugin and a working webhook|alien|failed',
      'diamond: one send reached along two paths runs once (first path wins)|both|sent',
      'template over its rendering budget (the worker fails the node; the dry run answers 400 naming it)|huge|failed',
      'template over its rendering budget (the worker fails the node; the dry run answers 400 naming it)|400',
      'sends with different escaping after one filter, plus an unreachable branch|unreached|skipped',
      'group node: the event joins its group; the template and sends after it are grouped|storm|grouped',
      'group node: the event joins its group; the template and sends after it are grouped|digest|grouped',
      'group node: the event joins its group; the template and sends after it are grouped|notify|grouped',
      'group node: the event joins its group; the template and sends after it are grouped|preview',
    ]) expect([...seen], expected).toContain(expected);
  }, 300_000);
});

/** Waits until the event's workflow was started and has ended, then reads the event as the API shows it. */
async function finished(slice: Slice, eventId: string): Promise<EventDetail> {
  const temporal = slice.api.app.get<Client>(TEMPORAL_CLIENT);
  const detail = await slice.eventWhen(eventId, (d) => d.status !== 'accepted', 60_000);
  if (detail.status === 'routed') {
    await temporal.workflow.getHandle(routeEventWorkflowId(slice.api.tenantId, eventId)).result().catch(() => undefined);
  }
  return slice.eventWhen(eventId, () => true);
}

const sortSteps = (steps: Step[]) => [...steps].sort((a, b) => a.nodeId.localeCompare(b.nodeId));
