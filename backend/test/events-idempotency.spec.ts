import type { Client } from '@temporalio/client';
import { ROUTE_EVENT_WORKFLOW, routeEventWorkflowId } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventDispatcher } from '../src/events/event.dispatcher.js';
import { TEMPORAL_CLIENT } from '../src/temporal-client/temporal.tokens.js';
import { alertGraph, createWebhookChannel, publishRoute } from './route-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

describe('POST /v1/events idempotency', () => {
  let t: TestApp;
  let temporal: Client;
  let route: { id: string; publishedVersion: number; publishedVersionId: string };

  beforeAll(async () => {
    t = await startTestApp();
    temporal = t.app.get<Client>(TEMPORAL_CLIENT);
    const channel = await createWebhookChannel(t);
    route = await publishRoute(t, 'deploys', alertGraph(channel.id));
  });
  afterAll(() => t?.close());

  const rowCount = async (id: string) =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM events WHERE tenant_id = $1 AND id = $2', [t.tenantId, id]))[0].n);

  async function expectOneWorkflow(eventId: string) {
    const workflowId = routeEventWorkflowId(t.tenantId, eventId);
    await t.app.get(EventDispatcher).idle(); // the 202 came from the outbox; the start follows it
    const description = await temporal.workflow.getHandle(workflowId).describe();
    expect(description.type).toBe(ROUTE_EVENT_WORKFLOW);
    expect(description.taskQueue).toBe('signalbox-routes');
    // Visibility is eventually consistent; wait until the run shows up, then there must be exactly one.
    let count = 0;
    for (let i = 0; i < 50 && count === 0; i++) {
      count = (await temporal.workflow.count(`WorkflowId = "${workflowId}"`)).count;
      if (count === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(count).toBe(1);
  }

  it('20 concurrent POSTs of one id → 20 identical answers, one row, one workflow', async () => {
    const event = { id: 'deploy-42', type: 'deploy.finished', severity: 'critical', data: { service: 'api' } };
    const answers = await Promise.all(Array.from({ length: 20 }, () => t.request('POST', '/v1/events', event)));
    const expected = { id: 'deploy-42', status: 'routed', matchedRoutes: [{ routeId: route.id, routeVersionId: route.publishedVersionId, version: 1 }] };
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.json()).toEqual(expected);
    }
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect(await rowCount('deploy-42')).toBe(1);
    await expectOneWorkflow('deploy-42');
  });

  it('a later repeat answers the first result even after the route changed', async () => {
    await t.request('POST', `/v1/routes/${route.id}/disable`);
    const again = await t.request('POST', '/v1/events', { id: 'deploy-42', type: 'deploy.finished', severity: 'critical' });
    expect(again.statusCode).toBe(202);
    expect(again.json().matchedRoutes).toEqual([{ routeId: route.id, routeVersionId: route.publishedVersionId, version: 1 }]);
    await t.request('POST', `/v1/routes/${route.id}/publish`);
  });

  it('Idempotency-Key is the id source when the body has none', async () => {
    const send = () => t.request('POST', '/v1/events', { type: 'deploy.started', severity: 'warning' }, { 'idempotency-key': 'ci-run-7' });
    const answers = await Promise.all(Array.from({ length: 20 }, send));
    const bodies = new Set(answers.map((a) => a.body));
    expect(bodies.size).toBe(1);
    expect(answers[0]!.json()).toMatchObject({ id: 'ci-run-7', status: 'routed' });
    expect(await rowCount('ci-run-7')).toBe(1);
    const [row] = await t.dataSource.query('SELECT idempotency_key FROM events WHERE tenant_id = $1 AND id = $2', [t.tenantId, 'ci-run-7']);
    expect(row.idempotency_key).toBe('ci-run-7');
    await expectOneWorkflow('ci-run-7');
  });

  it('an event that matches no route is still recorded as unmatched, without a workflow', async () => {
    const res = await t.request('POST', '/v1/events', { id: 'lonely', type: 'billing.invoice_paid' });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ id: 'lonely', status: 'unmatched', matchedRoutes: [] });
    const detail = await t.request('GET', '/v1/events/lonely');
    expect(detail.json()).toMatchObject({ id: 'lonely', status: 'unmatched', matchedRoutes: [], deliveries: [] });
    await expect(temporal.workflow.getHandle(routeEventWorkflowId(t.tenantId, 'lonely')).describe()).rejects.toThrow();
  });

  it('GET /v1/events/:id shows the matched route by name and version', async () => {
    const res = await t.request('GET', '/v1/events/deploy-42');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: 'deploy-42', type: 'deploy.finished', severity: 'critical', status: 'routed',
      matchedRoutes: [{ routeId: route.id, name: 'deploys', version: 1, outcomes: [] }],
    });
  });

  it('batch: per-item results, one bad item does not sink the batch, duplicates repeat the first answer', async () => {
    const res = await t.request('POST', '/v1/events/batch', {
      events: [
        { id: 'b-1', type: 'deploy.finished', severity: 'high' },
        { id: 'b-2', type: 42 },
        { id: 'deploy-42', type: 'deploy.finished' },
        { id: 'b-1', type: 'deploy.finished' },
        { id: 'b-3', type: 'billing.refund' },
      ],
    });
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(body).toMatchObject({ accepted: 2, duplicates: 2, rejected: 1 });
    expect(body.results.map((r: { result: string }) => r.result)).toEqual(['accepted', 'rejected', 'duplicate', 'duplicate', 'accepted']);
    expect(body.results[1].issues[0].path).toBe('events[1].type');
    expect(body.results[2].matchedRoutes[0].routeVersionId).toBe(route.publishedVersionId);
    expect(body.results[4]).toMatchObject({ id: 'b-3', status: 'unmatched' });
    await expectOneWorkflow('b-1');
  });

  it('lists recent events with type filter and cursor pagination', async () => {
    const first = await t.request('GET', '/v1/events?limit=2');
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(2);
    const next = await t.request('GET', `/v1/events?limit=2&cursor=${first.json().nextCursor}`);
    const seen = [...first.json().items, ...next.json().items].map((e: { id: string }) => e.id);
    expect(new Set(seen).size).toBe(seen.length);
    const filtered = await t.request('GET', '/v1/events?type=billing.refund');
    expect(filtered.json().items.map((e: { id: string }) => e.id)).toEqual(['b-3']);
  });
});
