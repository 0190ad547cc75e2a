import { randomUUID } from 'node:crypto';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { summaryScheduleId, type RouteGraph, type ScheduledSummaryResult, type ScheduleSummaryData } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteSummarySchedule, describeSummarySchedule, resumeSummarySchedule, runSummaryScheduleNow, upsertSummarySchedule,
} from '../src/control/summary-schedule.control.js';
import { startHarness, type Harness } from './support/harness.js';
import { waitUntil } from './support/wait.js';

// Scheduled summaries on the real Temporal dev server (its Schedules) and the real Postgres. Backfilling a
// three-day range makes Temporal take exactly the three daily ticks in it, now, each with its own past
// scheduled time — the same runs a live schedule takes at midnight, without waiting three days.
let h: Harness;
beforeAll(async () => {
  h = await startHarness('summary');
});
afterAll(() => h?.close());

const DAY = 86_400_000;
const graph = (cron: string, timeZone = 'UTC'): RouteGraph => ({
  nodes: [
    { id: 'trigger', type: 'trigger', config: { eventTypes: [], schedule: { cron, timeZone } } },
    { id: 'template', type: 'template', config: { title: '{{data.title}}', body: '{{#each data.byType}}{{key}}: {{count}}\n{{/each}}', fields: [] } },
    { id: 'send', type: 'send', config: { channelId: randomUUID() } },
  ],
  edges: [{ source: 'trigger', target: 'template' }, { source: 'template', target: 'send' }],
});

async function seedEvent(at: Date, type: string, severity: string, source: string, status: 'unmatched' | 'routed') {
  await h.dataSource.query(
    `INSERT INTO events (tenant_id, id, type, source, severity, "timestamp", data, received_at, route_version_ids, status)
     VALUES ($1, $2, $3, $4, $5, $6, '{}', $6, '{}', $7)`,
    [h.tenantId, randomUUID(), type, source, severity, at, status],
  );
}

const summaries = async (routeId: string) =>
  ((await h.dataSource.query(
    `SELECT id, status, route_version_ids, data FROM events WHERE tenant_id = $1 AND type = 'signalbox.summary' AND data->>'routeId' = $2 ORDER BY "timestamp"`,
    [h.tenantId, routeId],
  )) as Array<{ id: string; status: string; route_version_ids: string[]; data: ScheduleSummaryData }>);

/** The harness's route, made live on its version (the summary reads the route's published version). */
async function liveRoute(g: RouteGraph) {
  const route = await h.createRoute(g);
  await h.dataSource.query('UPDATE routes SET published_version = 1, published_version_id = $3 WHERE tenant_id = $1 AND id = $2', [h.tenantId, route.routeId, route.versionId]);
  return route;
}

const runsOf = async (routeId: string) => (await describeSummarySchedule(h.client, { tenantId: h.tenantId, routeId }))?.recentRuns ?? [];

/** Waits for the schedule to have started `count` runs, then for each of them to finish; returns their results. */
async function finishedRuns(routeId: string, count: number, timeoutMs = 30_000): Promise<ScheduledSummaryResult[]> {
  const runs = await waitUntil(`${count} schedule runs`, async () => {
    const recent = await runsOf(routeId);
    return recent.length >= count && recent;
  }, timeoutMs);
  return Promise.all(runs.map((run) => h.client.workflow.getHandle(run.workflowId).result() as Promise<ScheduledSummaryResult>));
}

describe('scheduled summaries', () => {
  it('a daily schedule over three days fires exactly three times, each summary counting its own day', async () => {
    const { routeId, versionId } = await liveRoute(graph('0 0 * * *'));
    const target = { tenantId: h.tenantId, routeId, taskQueue: h.taskQueue };
    const day0 = Date.UTC(2026, 5, 1); // windows: [Jun 1, Jun 2), [Jun 2, Jun 3), [Jun 3, Jun 4)
    const at = (day: number, hour: number) => new Date(day0 + day * DAY + hour * 3_600_000);
    await seedEvent(at(-1, 23), 'server_status', 'info', 'nestai', 'unmatched'); // before the first window
    await seedEvent(at(0, 1), 'server_status', 'critical', 'nestai', 'unmatched');
    await seedEvent(at(0, 2), 'server_status', 'info', 'nestai', 'unmatched');
    await seedEvent(at(0, 23), 'deploy.failure', 'high', 'ai-admin-panel', 'routed');
    await seedEvent(at(1, 12), 'usage.threshold', 'warning', 'nestai', 'unmatched');
    await seedEvent(at(2, 0), 'server_status', 'info', 'nestai', 'unmatched'); // exactly at the third window's start
    await seedEvent(at(2, 5), 'server_status', 'info', 'nestai', 'routed');
    await seedEvent(at(3, 0), 'server_status', 'info', 'nestai', 'unmatched'); // the third tick itself: the next window

    await upsertSummarySchedule(h.client, target, { cron: '0 0 * * *', timeZone: 'UTC' });
    await h.client.schedule.getHandle(summaryScheduleId(h.tenantId, routeId)).backfill({ start: at(1, -1), end: at(3, 1), overlap: ScheduleOverlapPolicy.ALLOW_ALL });

    const results = await finishedRuns(routeId, 3);
    expect(results.map((r) => r.summary?.window.to).sort()).toEqual([at(1, 0), at(2, 0), at(3, 0)].map((d) => d.toISOString()));
    const rows = await summaries(routeId);
    expect(rows).toHaveLength(3);
    // Each summary is routed to this route's live version only, waiting in the outbox for the API's dispatcher.
    for (const row of rows) expect(row).toMatchObject({ status: 'accepted', route_version_ids: [versionId] });
    const [first, second, third] = rows.map((row) => row.data);
    expect(first).toMatchObject({
      total: 3, window: { from: at(0, 0).toISOString(), to: at(1, 0).toISOString(), cron: '0 0 * * *', timeZone: 'UTC' },
      byType: [{ key: 'server_status', count: 2 }, { key: 'deploy.failure', count: 1 }],
      bySeverity: [{ key: 'critical', count: 1 }, { key: 'high', count: 1 }, { key: 'info', count: 1 }],
      byOutcome: [{ key: 'unmatched', count: 2 }, { key: 'filtered', count: 1 }],
      topSources: [{ key: 'nestai', count: 2 }, { key: 'ai-admin-panel', count: 1 }],
    });
    expect(second).toMatchObject({ total: 1, byType: [{ key: 'usage.threshold', count: 1 }], bySeverity: [{ key: 'warning', count: 1 }] });
    expect(third).toMatchObject({ total: 2, byType: [{ key: 'server_status', count: 2 }], byOutcome: [{ key: 'filtered', count: 1 }, { key: 'unmatched', count: 1 }] });

    // The same ticks again (a retried backfill): the summary of a tick is injected once.
    await h.client.schedule.getHandle(summaryScheduleId(h.tenantId, routeId)).backfill({ start: at(1, -1), end: at(3, 1), overlap: ScheduleOverlapPolicy.ALLOW_ALL });
    await finishedRuns(routeId, 6);
    expect(await summaries(routeId)).toHaveLength(3);
    await deleteSummarySchedule(h.client, target);
    expect(await describeSummarySchedule(h.client, target)).toBeNull();
  });

  it('paused, it takes no tick while a live twin does; run now fires anyway; resumed, its next ticks follow its cron and zone', async () => {
    // Two every-minute schedules created together, one paused from the start: once the live one has run
    // its tick (waited for, not slept), the paused one has passed the same tick without running.
    const pausedRoute = await liveRoute(graph('* * * * *'));
    const liveTwin = await liveRoute(graph('* * * * *'));
    const target = { tenantId: h.tenantId, routeId: pausedRoute.routeId, taskQueue: h.taskQueue };
    await upsertSummarySchedule(h.client, target, { cron: '* * * * *', timeZone: 'UTC' }, { pausedNote: 'paused by test' });
    await upsertSummarySchedule(h.client, { ...target, routeId: liveTwin.routeId }, { cron: '* * * * *', timeZone: 'UTC' });
    const [tick] = await finishedRuns(liveTwin.routeId, 1, 100_000); // the next minute boundary, on a busy machine
    expect(tick!.summary).toMatchObject({ window: { cron: '* * * * *' } });
    await deleteSummarySchedule(h.client, { ...target, routeId: liveTwin.routeId });

    const paused = await describeSummarySchedule(h.client, target);
    expect(paused).toMatchObject({ paused: true, note: 'paused by test', nextRuns: [], recentRuns: [], runsTaken: 0 });
    expect(await summaries(pausedRoute.routeId)).toHaveLength(0);

    // Run now fires even while paused, summarising from the last tick until now.
    await runSummaryScheduleNow(h.client, target);
    const [now] = await finishedRuns(pausedRoute.routeId, 1);
    expect(new Date(now!.summary!.window.to).getTime() - new Date(now!.summary!.window.from).getTime()).toBeLessThanOrEqual(60_000);
    expect(await summaries(pausedRoute.routeId)).toHaveLength(1);

    // Resumed, and republished as a weekly report (Mondays 08:00 in Berlin): the paused state follows the API, the spec the route.
    await upsertSummarySchedule(h.client, target, { cron: '0 8 * * 1', timeZone: 'Europe/Berlin' });
    expect(await describeSummarySchedule(h.client, target)).toMatchObject({ paused: true });
    await resumeSummarySchedule(h.client, target, 'resumed by test');
    const resumed = await describeSummarySchedule(h.client, target);
    expect(resumed).toMatchObject({ paused: false, note: 'resumed by test', runsTaken: 1 });
    expect(resumed!.nextRuns.length).toBeGreaterThan(0);
    for (const next of resumed!.nextRuns) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(next));
      expect(local).toBe('Mon 08:00');
    }
    await deleteSummarySchedule(h.client, target);
  }, 200_000);
});
