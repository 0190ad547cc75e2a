import { WorkflowExecutionAlreadyStartedError, WorkflowFailedError, WorkflowIdReusePolicy } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { ROUTE_EVENT_WORKFLOW, routeEventWorkflowId, type RouteGraph } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('route-event'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

type Node = RouteGraph['nodes'][number];
const trigger: Node = { id: 't', type: 'trigger', config: { eventTypes: ['deploy.*'] } };
const send = (id: string, channelId: string): Node => ({ id, type: 'send', config: { channelId } });

describe('routeEvent', () => {
  it('follows a passing filter, takes the else branch when it fails, and records why', async () => {
    const [up, down] = await Promise.all([h.createChannel('test-json', { url: rx.url('/filter-pass') }), h.createChannel('test-json', { url: rx.url('/filter-else') })]);
    const graph: RouteGraph = {
      nodes: [
        trigger,
        { id: 'f', type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'data.status', operator: 'equals', value: 'down' }] } } },
        send('s-pass', up), send('s-else', down),
      ],
      edges: [...chain('t', 'f', 's-pass'), { source: 'f', target: 's-else', sourceHandle: 'else' }],
    };
    const { versionId } = await h.createRoute(graph);

    const hit = h.event({ data: { status: 'down' } });
    expect(await h.run(hit, [versionId])).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    const hitOutcomes = await h.outcomes(hit.id);
    expect(hitOutcomes.f).toEqual({ outcome: 'passed', reason: 'data.status equals "down" was true (actual: "down")' });
    expect(hitOutcomes['s-pass']?.outcome).toBe('sent');
    expect(hitOutcomes['s-else']?.outcome).toBe('skipped');

    const miss = h.event({ data: { status: 'up' } });
    await h.run(miss, [versionId]);
    const missOutcomes = await h.outcomes(miss.id);
    expect(missOutcomes.f).toEqual({ outcome: 'filtered', reason: 'data.status equals "down" was false (actual: "up")' });
    expect(missOutcomes['s-pass']?.outcome).toBe('skipped');
    expect(missOutcomes['s-else']?.outcome).toBe('sent');
    expect(rx.at('/filter-pass')).toHaveLength(1);
    expect(rx.at('/filter-else')).toHaveLength(1);
  });

  it('renders the template with each channel\'s escaping and fans out to two sends', async () => {
    const [json, html] = await Promise.all([h.createChannel('test-json', { url: rx.url('/tpl-json') }), h.createChannel('test-html', { url: rx.url('/tpl-html') })]);
    const { versionId } = await h.createRoute({
      nodes: [
        trigger,
        { id: 'tpl', type: 'template', config: { title: 'Deploy of {{data.service}} failed', body: 'by {{data.by}}', fields: [{ label: 'Env', value: '{{data.env}}' }] } },
        send('s-json', json), send('s-html', html),
      ],
      edges: [...chain('t', 'tpl', 's-json'), { source: 'tpl', target: 's-html' }],
    });
    const event = h.event({ data: { service: 'api', by: '<bob>', env: 'prod' } });
    expect(await h.run(event, [versionId])).toEqual([{ routeVersionId: versionId, sent: 2, failed: 0 }]);

    const [plain] = rx.at('/tpl-json');
    const [escaped] = rx.at('/tpl-html');
    expect(plain?.body).toMatchObject({ title: 'Deploy of api failed', body: 'by <bob>', fields: [{ label: 'Env', value: 'prod' }] });
    expect(escaped?.body).toMatchObject({ title: 'Deploy of api failed', body: 'by &lt;bob&gt;' });
    expect(plain?.headers['webhook-id']).not.toEqual(escaped?.headers['webhook-id']);
    const outcomes = await h.outcomes(event.id);
    expect(outcomes.tpl?.outcome).toBe('rendered');
    const deliveries = await h.deliveries(event.id);
    expect(deliveries.map((d) => [d.node_id, d.status, d.attempts])).toEqual([['s-html', 'delivered', 1], ['s-json', 'delivered', 1]]);
  });

  it('sends the default message when no template precedes the send', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/default') }, { token: 'sekret' });
    const { versionId } = await h.createRoute({ nodes: [trigger, send('s', ch)], edges: chain('t', 's') });
    const event = h.event({ subject: 'api v2.3.1' });
    await h.run(event, [versionId]);
    const [got] = rx.at('/default');
    expect((got?.body as { title: string }).title).toBeTruthy();
    // Secrets are decrypted and merged into the plugin's config.
    expect(got?.headers.authorization).toBe('Bearer sekret');
    const [delivery] = await h.deliveries(event.id);
    expect(got?.headers['webhook-id']).toBe(delivery?.idempotency_key);
  });

  it('escapes the default message for each channel it goes to', async () => {
    const json = await h.createChannel('test-json', { url: rx.url('/default-json') });
    const html = await h.createChannel('test-html', { url: rx.url('/default-html') });
    const { versionId } = await h.createRoute({ nodes: [trigger, send('a', json), send('b', html)], edges: [...chain('t', 'a'), ...chain('t', 'b')] });
    await h.run(h.event({ subject: 'disk <90%> & rising' }), [versionId]);
    expect((rx.at('/default-json')[0]?.body as { title: string }).title).toBe('disk <90%> & rising');
    expect((rx.at('/default-html')[0]?.body as { title: string }).title).toBe('disk &lt;90%&gt; &amp; rising');
  });

  it('runs an event once when its workflow id is started twice', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/once') });
    const { versionId } = await h.createRoute({ nodes: [trigger, send('s', ch)], edges: chain('t', 's') });
    const event = h.event();
    const start = () =>
      h.client.workflow.start(ROUTE_EVENT_WORKFLOW, {
        taskQueue: h.taskQueue,
        workflowId: routeEventWorkflowId(h.tenantId, event.id),
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ tenantId: h.tenantId, event, receivedAt: new Date().toISOString(), routeVersionIds: [versionId] }],
      });
    const first = await start();
    await expect(start()).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    await first.result();
    await expect(start()).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    // Even a second run (an operator re-running it) finds the delivery settled and sends nothing.
    await h.run(event, [versionId]);
    expect(rx.at('/once')).toHaveLength(1);
  });

  it('routes one event through several matched route versions in parallel', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/multi') });
    const a = await h.createRoute({ nodes: [trigger, send('s', ch)], edges: chain('t', 's') });
    const b = await h.createRoute({ nodes: [trigger, send('s', ch)], edges: chain('t', 's') });
    const summaries = await h.run(h.event(), [a.versionId, b.versionId]);
    expect(summaries.map((s) => s.sent)).toEqual([1, 1]);
    expect(rx.at('/multi')).toHaveLength(2);
  });

  it('still runs the other routes when one version cannot be loaded, then fails the workflow visibly', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/partial') });
    const good = await h.createRoute({ nodes: [trigger, send('s', ch)], edges: chain('t', 's') });
    const missing = randomUUID();
    const err = await h.run(h.event(), [good.versionId, missing]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkflowFailedError);
    expect(String((err as WorkflowFailedError).cause?.message)).toContain(`route version ${missing} not found`);
    expect(rx.at('/partial')).toHaveLength(1);
  });

  it('plans and makes the first attempt in one local activity: one workflow task, no patch markers', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/one-task') });
    const { versionId } = await h.createRoute({ nodes: [trigger, send('s', ch)], edges: chain('t', 's') });
    // Outside the catalogue's problem/recovery pairs: no alert-state activity either.
    const handle = await h.start(h.event({ type: 'deploy.started' }), [versionId]);
    await handle.result();
    const events = (await handle.fetchHistory()).events ?? [];
    const markers = events.filter((e) => e.markerRecordedEventAttributes).map((e) => e.markerRecordedEventAttributes!.markerName);
    // One local activity result (planAndAttempt's), no version markers, nothing for the task queue.
    expect(markers).toEqual(['core_local_activity']);
    expect(events.filter((e) => e.workflowTaskCompletedEventAttributes)).toHaveLength(1);
    expect(events.some((e) => e.activityTaskScheduledEventAttributes || e.upsertWorkflowSearchAttributesEventAttributes)).toBe(false);
    expect(rx.at('/one-task')).toHaveLength(1);
  });

  it('makes the first attempt again as an activity when Postgres fails it inside planAndAttempt, and delivers once', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/db-blip') });
    const node = `blip-${randomUUID().slice(0, 8)}`;
    // A real failure of the attempt's own statement, once: the sequence survives the rollback the exception causes.
    const seq = `${node.replace('-', '_')}_seq`;
    await h.dataSource.query(`CREATE SEQUENCE ${seq}`);
    await h.dataSource.query(`CREATE FUNCTION ${seq}_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.node_id = '${node}' AND nextval('${seq}') = 1 THEN RAISE EXCEPTION 'simulated outage'; END IF; RETURN NEW; END $$`);
    await h.dataSource.query(`CREATE TRIGGER ${seq}_trg BEFORE INSERT ON deliveries FOR EACH ROW EXECUTE FUNCTION ${seq}_fail()`);
    try {
      const { versionId } = await h.createRoute({ nodes: [trigger, send(node, ch)], edges: chain('t', node) });
      const event = h.event();
      const handle = await h.start(event, [versionId]);
      expect(await handle.result()).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
      const scheduled = ((await handle.fetchHistory()).events ?? []).filter((e) => e.activityTaskScheduledEventAttributes);
      expect(scheduled.map((e) => e.activityTaskScheduledEventAttributes!.activityType?.name)).toEqual(['attemptDelivery']);
      expect(rx.at('/db-blip')).toHaveLength(1);
      const [delivery] = await h.deliveries(event.id);
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 1 });
    } finally {
      await h.dataSource.query(`DROP TRIGGER ${seq}_trg ON deliveries; DROP FUNCTION ${seq}_fail(); DROP SEQUENCE ${seq}`);
    }
  });

  it('still serves workflows started as routeEvent (the type before routeEventV2): they deliver as they did', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/legacy') });
    const { versionId } = await h.createRoute({ nodes: [trigger, send('s', ch)], edges: chain('t', 's') });
    const event = h.event({ type: 'deploy.started' });
    const handle = await h.client.workflow.start('routeEvent', {
      taskQueue: h.taskQueue, workflowId: routeEventWorkflowId(h.tenantId, event.id),
      args: [{ tenantId: h.tenantId, event, receivedAt: new Date().toISOString(), routeVersionIds: [versionId] }],
    });
    expect(await handle.result()).toEqual([{ routeVersionId: versionId, sent: 1, failed: 0 }]);
    const markers = ((await handle.fetchHistory()).events ?? []).filter((e) => e.markerRecordedEventAttributes).map((e) => e.markerRecordedEventAttributes!.markerName);
    // planRoute, the durable-send-loop patch marker, the first attempt.
    expect(markers).toEqual(['core_local_activity', 'core_patch', 'core_local_activity']);
    expect(rx.at('/legacy')).toHaveLength(1);
  });
});
