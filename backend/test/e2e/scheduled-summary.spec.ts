import { randomUUID } from 'node:crypto';
import { SCHEDULE_EXAMPLES } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, startSlice } from './slice.harness.js';

// The API's schedule endpoints end to end: publishing a schedule-trigger route creates its Temporal Schedule,
// "run now" builds a summary that goes through the outbox, template and send to a real webhook receiver,
// pause/resume/disable follow, and bad input is a 4xx naming the field.
describe('scheduled summaries over the API', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  let channelId: string;
  beforeAll(async () => {
    slice = await startSlice();
    channelId = await slice.createChannel();
  }, 120_000);
  afterAll(() => slice?.close());

  const daily = SCHEDULE_EXAMPLES.nestaiDaily;
  const scheduledGraph = (schedule: object = daily.schedule) => ({
    nodes: [
      { id: 'trigger', type: 'trigger', config: { eventTypes: [], sources: daily.sources, schedule } },
      { id: 'report', type: 'template', config: daily.template },
      { id: 'notify', type: 'send', config: { channelId } },
    ],
    edges: [{ source: 'trigger', target: 'report' }, { source: 'report', target: 'notify' }],
  });

  it("NestAI's daily summary: live schedule, run now delivers the counts, pause/resume, disable removes it", async () => {
    const route = await slice.publishRoute(daily.name, scheduledGraph());
    const api = (method: 'GET' | 'POST', path: string, body?: unknown) => slice.api.request(method, `/v1/routes/${route.id}/schedule${path}`, body);

    const state = await api('GET', '');
    expect(state.statusCode, state.body).toBe(200);
    expect(state.json()).toMatchObject({ routeId: route.id, schedule: { cron: '0 0 * * *', timeZone: 'UTC' }, state: 'active', recentRuns: [] });
    expect(state.json().nextRuns[0]).toMatch(/T00:00:00\.000Z$/);

    // Two NestAI events and one from elsewhere (not counted: the trigger's sources say nestai).
    await slice.postEvent({ id: randomUUID(), type: 'server_status', source: 'nestai', severity: 'info', data: {} });
    await slice.postEvent({ id: randomUUID(), type: 'usage.threshold', source: 'nestai', severity: 'warning', data: {} });
    await slice.postEvent({ id: randomUUID(), type: 'deploy.failure', source: 'ci', severity: 'high', data: {} });

    const paused = await api('POST', '/pause', { note: 'quiet week' });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({ state: 'paused', note: 'quiet week', nextRuns: [] });

    const run = await api('POST', '/run');
    expect(run.statusCode, run.body).toBe(202);
    const summaryId = await (async () => {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        const feed = (await slice.api.request('GET', '/v1/events?type=signalbox.summary')).json() as { items: Array<{ id: string }> };
        if (feed.items[0]) return feed.items[0].id;
      }
      throw new Error('no summary event in the feed');
    })();
    const detail = await slice.eventWhen(summaryId, (d) => outcomeOf(d, 'notify')?.outcome === 'sent');
    expect(detail.matchedRoutes.map((r) => r.routeId)).toEqual([route.id]);
    const delivered = JSON.stringify(slice.receiver.received.at(-1)?.body);
    expect(delivered).toContain('NestAI daily: 2 events');
    expect(delivered).toContain('• server_status: 1');
    expect(delivered).toContain('• usage.threshold: 1');
    expect(delivered).not.toContain('deploy.failure');

    expect((await api('GET', '')).json()).toMatchObject({ state: 'paused', runsTaken: 1, recentRuns: [expect.objectContaining({ workflowId: expect.stringContaining(route.id) })] });
    expect((await api('POST', '/resume')).json()).toMatchObject({ state: 'active', note: 'Resumed from the API' });

    expect((await slice.api.request('POST', `/v1/routes/${route.id}/disable`)).statusCode).toBe(200);
    expect((await api('GET', '')).json()).toMatchObject({ state: 'none', schedule: null });
    expect((await api('POST', '/run')).statusCode).toBe(409);
    expect((await slice.api.request('POST', `/v1/routes/${route.id}/enable`)).statusCode).toBe(200);
    expect((await api('GET', '')).json()).toMatchObject({ state: 'active' });
    expect((await slice.api.request('DELETE', `/v1/routes/${route.id}`)).statusCode).toBe(204);
    expect((await api('GET', '')).statusCode).toBe(404);
  }, 90_000);

  it('bad input: 4xx naming the field', async () => {
    const created = await slice.api.request('POST', '/v1/routes', { name: 'bad cron', graph: scheduledGraph({ cron: '0 25 * * *', timeZone: 'Mars/Olympus' }) });
    expect(created.statusCode, created.body).toBe(201);
    const publish = await slice.api.request('POST', `/v1/routes/${created.json().id}/publish`);
    expect(publish.statusCode).toBe(400);
    expect(publish.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['nodes[0].config.schedule.cron', 'nodes[0].config.schedule.timeZone']);

    const eventRoute = await slice.publishRoute('events only', {
      nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } }, { id: 'notify', type: 'send', config: { channelId } }],
      edges: [{ source: 'trigger', target: 'notify' }],
    });
    const noSchedule = await slice.api.request('POST', `/v1/routes/${eventRoute.id}/schedule/pause`);
    expect(noSchedule.statusCode).toBe(409);
    expect(noSchedule.json().message).toMatch(/no live schedule/);

    const scheduled = await slice.publishRoute('weekly', scheduledGraph(SCHEDULE_EXAMPLES.nestaiWeekly.schedule));
    const longNote = await slice.api.request('POST', `/v1/routes/${scheduled.id}/schedule/pause`, { note: 'x'.repeat(501) });
    expect(longNote.statusCode).toBe(400);
    expect(longNote.json().issues).toEqual([expect.objectContaining({ path: 'note', message: expect.stringMatching(/500/) })]);
    expect((await slice.api.request('GET', `/v1/routes/${randomUUID()}/schedule`)).statusCode).toBe(404);
    await slice.api.request('DELETE', `/v1/routes/${scheduled.id}`);
  });
});
