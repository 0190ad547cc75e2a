import { describe, expect, it } from 'vitest';
import { eventCatalogue } from './catalogue.js';
import { validateRouteGraph } from './graph.validate.js';
import { SCHEDULE_EXAMPLES } from './schedule.examples.js';
import { nextScheduleRuns, previousScheduleRun, scheduleProblems } from './schedule.cron.js';
import { SUMMARY_EVENT_TYPE } from './summary.contract.js';
import { renderMessage } from './template.render.js';

const graphWith = (trigger: Record<string, unknown>) => ({
  nodes: [{ id: 'trigger', type: 'trigger', config: trigger }, { id: 'send', type: 'send', config: { channelId: 'c' } }],
  edges: [{ source: 'trigger', target: 'send' }],
});

describe('schedule triggers', () => {
  it('reads the cron in its time zone: next and previous ticks', () => {
    const weekly = { cron: '0 8 * * 1', timeZone: 'Europe/Berlin' };
    expect(nextScheduleRuns(weekly, 2, new Date('2026-12-01T00:00:00Z')).map((d) => d.toISOString())).toEqual(['2026-12-07T07:00:00.000Z', '2026-12-14T07:00:00.000Z']);
    // The window of a tick starts at the tick before it (summer time: 06:00 UTC).
    expect(previousScheduleRun(weekly, new Date('2026-06-08T06:00:00Z'))?.toISOString()).toBe('2026-06-01T06:00:00.000Z');
    expect(previousScheduleRun({ cron: '0 0 * * *', timeZone: 'UTC' }, new Date('2026-06-02T00:00:00Z'))?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });

  it.each([
    ['0 0 * *', 'cron', /needs 5 fields/],
    ['0 0 0 * * *', 'cron', /needs 5 fields/],
    ['61 0 * * *', 'cron', /minute: 61/],
    ['0 0 L * *', 'cron', /day of month "L" is not supported/],
    ['0 0 1 * MON', 'cron', /both day of month and day of week/],
  ])('refuses the cron %j, naming the problem', (cron, field, problem) => {
    expect(scheduleProblems({ cron, timeZone: 'UTC' })).toEqual([{ field, problem: expect.stringMatching(problem) }]);
  });

  it('refuses an unknown time zone', () => {
    expect(scheduleProblems({ cron: '0 0 * * *', timeZone: 'Mars/Olympus' })).toEqual([{ field: 'timeZone', problem: expect.stringMatching(/not an IANA time zone/) }]);
    expect(scheduleProblems({ cron: '*/15 9-17 * * MON-FRI', timeZone: 'America/New_York' })).toEqual([]);
  });

  it('a route graph: a schedule trigger has no event types, and its problems name the field', () => {
    expect(validateRouteGraph(graphWith({ eventTypes: [], schedule: { cron: '0 0 * * *', timeZone: 'UTC' } })).ok).toBe(true);
    const bad = validateRouteGraph(graphWith({ eventTypes: [], schedule: { cron: '0 25 * * *', timeZone: 'UTC' } }));
    expect(bad).toMatchObject({ ok: false, issues: [{ nodeId: 'trigger', path: 'nodes[0].config.schedule.cron', message: expect.stringMatching(/hour: 25/) }] });
    const both = validateRouteGraph(graphWith({ eventTypes: ['*'], schedule: { cron: '0 0 * * *', timeZone: 'UTC' } }));
    expect(both).toMatchObject({ ok: false, issues: [{ path: 'nodes[0].config.eventTypes', message: expect.stringMatching(/must be empty on a schedule trigger/) }] });
    const neither = validateRouteGraph(graphWith({ eventTypes: [] }));
    expect(neither).toMatchObject({ ok: false, issues: [{ path: 'nodes[0].config.eventTypes', message: expect.stringMatching(/needs at least 1 item/) }] });
  });

  it("NestAI's daily and weekly examples render on the catalogue's summary sample", () => {
    const sample = eventCatalogue().find((entry) => entry.type === SUMMARY_EVENT_TYPE)!.sample;
    const daily = renderMessage(SCHEDULE_EXAMPLES.nestaiDaily.template, sample, { escape: 'none' });
    expect(daily.title).toBe('NestAI daily: 42 events');
    expect(daily.body).toContain('2026-01-01 00:00 → 2026-01-02 00:00 UTC');
    expect(daily.body).toContain('• server_status: 30');
    expect(daily.fields).toEqual([{ label: 'Delivered', value: '38' }, { label: 'Open alerts', value: '2' }]);
    const weekly = renderMessage(SCHEDULE_EXAMPLES.nestaiWeekly.template, sample, { escape: 'none' });
    expect(weekly.body).toContain('• Ops Slack: 38 delivered, 1 failed');
  });
});

describe('triggerAccepts', () => {
  it('a schedule trigger takes its summaries only; ingest matching (matchesTrigger) takes nothing for it', async () => {
    const { matchesTrigger, triggerAccepts } = await import('./trigger.match.js');
    const trigger = { eventTypes: [], schedule: { cron: '0 0 * * *', timeZone: 'UTC' } };
    const summary = { type: SUMMARY_EVENT_TYPE, source: 'signalbox' };
    expect(triggerAccepts(trigger, summary)).toBe(true);
    expect(triggerAccepts(trigger, { type: 'server_status', source: 'nestai' })).toBe(false);
    expect(matchesTrigger(trigger, summary)).toBe(false);
    expect(triggerAccepts({ eventTypes: ['deploy.*'] }, { type: 'deploy.failure', source: 'ci' })).toBe(true);
  });
});
