import { randomBytes } from 'node:crypto';
import { routeEventWorkflowId } from '@signalbox/route-model';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPORAL_CLIENT } from '../src/temporal-client/temporal.tokens.js';
import { alertGraph, createWebhookChannel, publishRoute } from './route-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

// The events table is an outbox: a 202 means the event is committed, and some API replica's dispatcher
// starts its workflow — even when the replica that accepted it could not reach Temporal.
describe('event outbox', () => {
  const taskQueue = `outbox-${randomBytes(4).toString('hex')}`;
  let cutOff: TestApp;
  beforeAll(async () => {
    // A replica whose Temporal is unreachable (nothing listens on port 1).
    cutOff = await startTestApp({ TEMPORAL_ADDRESS: '127.0.0.1:1', TEMPORAL_TASK_QUEUE: taskQueue });
    const channel = await createWebhookChannel(cutOff);
    await publishRoute(cutOff, 'deploys', alertGraph(channel.id));
  });
  afterAll(() => cutOff?.close());

  const statusOf = async (id: string) =>
    (await cutOff.dataSource.query('SELECT status FROM events WHERE tenant_id = $1 AND id = $2', [cutOff.tenantId, id]))[0]?.status;

  it('accepts while Temporal is down, and a healthy replica starts the workflow', { timeout: 60_000 }, async () => {
    const res = await cutOff.request('POST', '/v1/events', { id: 'during-outage', type: 'deploy.failed', severity: 'critical', data: { service: 'api' } });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ id: 'during-outage', status: 'routed' });
    expect(await statusOf('during-outage')).toBe('accepted'); // committed; nobody could start it

    const healthy = await startTestApp({ TEMPORAL_TASK_QUEUE: taskQueue });
    try {
      const deadline = Date.now() + 15_000;
      while ((await statusOf('during-outage')) !== 'routed' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await statusOf('during-outage')).toBe('routed');
      const temporal = healthy.app.get<Client>(TEMPORAL_CLIENT);
      const description = await temporal.workflow.getHandle(routeEventWorkflowId(cutOff.tenantId, 'during-outage')).describe();
      expect(description.taskQueue).toBe(taskQueue);
    } finally {
      await healthy.close();
    }
  });
});
