import type { RouteGraph } from '@signalbox/route-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, startHarness, type Harness } from './support/harness.js';
import { startReceiver, type Receiver } from './support/receiver.js';

/**
 * The worker serves every tenant: a hostile filter regex or template in one published route must cost it
 * well under a second per event (it used to block it for 27 s), and a template over its budget must fail
 * its node for good with the reason, never stall or retry.
 */
let h: Harness;
let rx: Receiver;
beforeAll(async () => {
  [h, rx] = await Promise.all([startHarness('hostile-input'), startReceiver()]);
});
afterAll(async () => {
  await h?.close();
  await rx?.close();
});

type Node = RouteGraph['nodes'][number];
const trigger: Node = { id: 't', type: 'trigger', config: { eventTypes: ['deploy.*'] } };
const items = Array.from({ length: 200 }, (_, i) => ({ name: `item-${i}` }));

/** Runs a benign and then a hostile event through the same route; returns both wall times in ms. */
async function timeBoth(versionId: string, benign: Record<string, unknown>, hostile: Record<string, unknown>) {
  let started = performance.now();
  await h.run(h.event({ data: benign }), [versionId]);
  const benignMs = performance.now() - started;
  const event = h.event({ data: hostile });
  started = performance.now();
  const summary = await h.run(event, [versionId]);
  return { benignMs, hostileMs: performance.now() - started, event, summary };
}

describe('hostile routes in the worker', () => {
  it('a super-linear regex filter costs the worker no more than an ordinary one', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/regex') });
    const { versionId } = await h.createRoute({
      nodes: [
        trigger,
        { id: 'f', type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'data.value', operator: 'matches', value: '^.*.*.*.*.*=$' }] } } },
        { id: 's', type: 'send', config: { channelId: ch } },
      ],
      edges: chain('t', 'f', 's'),
    });
    const { benignMs, hostileMs, event } = await timeBoth(versionId, { value: 'x=' }, { value: 'x'.repeat(9_999) });
    console.log(`worker: hostile filter event ${hostileMs.toFixed(0)} ms end to end (benign event ${benignMs.toFixed(0)} ms)`);
    expect((await h.outcomes(event.id)).f?.outcome).toBe('filtered');
    expect(hostileMs - benignMs).toBeLessThan(1_000);
  });

  it('many large-program regex rules across filter nodes share one budget: cut off, explained, in well under a second', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/regex-budget') });
    const rules = Array.from({ length: 40 }, () => ({ field: 'data.value', operator: 'matches' as const, value: '(?:a?){600}a{600}$' }));
    const gate = (id: string): Node => ({ id, type: 'filter', config: { condition: { combinator: 'or', rules } } });
    const { versionId } = await h.createRoute({
      nodes: [trigger, gate('f1'), gate('f2'), { id: 's', type: 'send', config: { channelId: ch } }],
      edges: [...chain('t', 'f1', 's'), { source: 't', target: 'f2' }],
    });
    const { benignMs, hostileMs, event } = await timeBoth(versionId, { value: 'a' }, { value: `${'a'.repeat(999)}!` });
    console.log(`worker: 2 filter nodes × 40 large-program rules ${hostileMs.toFixed(0)} ms end to end (benign event ${benignMs.toFixed(0)} ms)`);
    const outcomes = await h.outcomes(event.id);
    expect(outcomes.f1).toEqual({ outcome: 'filtered', reason: expect.stringMatching(/over budget/) });
    expect(outcomes.f2?.outcome).toBe('filtered');
    expect(hostileMs - benignMs).toBeLessThan(1_000);
  });

  it('many templates each under budget share the route\'s budget: the ones past it fail, explained, in well under a second', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/route-budget') });
    const ids = Array.from({ length: 12 }, (_, i) => i);
    const { versionId } = await h.createRoute({
      nodes: [
        trigger,
        ...ids.map((i): Node => ({ id: `tpl${i}`, type: 'template', config: { title: `#${i}`, body: '{{#each data.list}}{{this}}{{/each}}', fields: [] } })),
        ...ids.map((i): Node => ({ id: `s${i}`, type: 'send', config: { channelId: ch } })),
      ],
      edges: ids.flatMap((i) => chain('t', `tpl${i}`, `s${i}`)),
    });
    const list = Array.from({ length: 5_000 }, (_, i) => i); // ~10,000 steps per template: 12 of them is over the route's 100,000
    const { benignMs, hostileMs, event } = await timeBoth(versionId, { list: [1] }, { list });
    console.log(`worker: 12 templates × ~10,000 steps in one route ${hostileMs.toFixed(0)} ms end to end (benign event ${benignMs.toFixed(0)} ms)`);
    const outcomes = Object.values(await h.outcomes(event.id));
    expect(outcomes.filter((o) => o.outcome === 'rendered').length).toBeGreaterThanOrEqual(4);
    expect(outcomes).toContainEqual({ outcome: 'failed', reason: expect.stringMatching(/this route's templates together need more than 100,000 steps/) });
    expect(hostileMs - benignMs).toBeLessThan(1_000);
  });

  it('a template over its budget fails its node permanently, with the reason, in well under a second', async () => {
    const ch = await h.createChannel('test-json', { url: rx.url('/template') });
    const { versionId } = await h.createRoute({
      nodes: [
        trigger,
        { id: 'tpl', type: 'template', config: { title: 'x', body: '{{#each data.a}}{{#each ../data.a}}{{#each ../../data.a}}{{name}}{{/each}}{{/each}}{{/each}}', fields: [] } },
        { id: 's', type: 'send', config: { channelId: ch } },
      ],
      edges: chain('t', 'tpl', 's'),
    });
    const { benignMs, hostileMs, event, summary } = await timeBoth(versionId, { a: items.slice(0, 2) }, { a: items });
    console.log(`worker: hostile template event ${hostileMs.toFixed(0)} ms end to end (benign event ${benignMs.toFixed(0)} ms)`);
    expect(summary).toMatchObject([{ routeVersionId: versionId, sent: 0 }]);
    const outcomes = await h.outcomes(event.id);
    expect(outcomes.tpl).toEqual({ outcome: 'failed', reason: expect.stringMatching(/over its rendering budget: .*more than 25,000 steps/) });
    expect(rx.at('/template')).toHaveLength(1); // only the benign event was sent
    expect(hostileMs - benignMs).toBeLessThan(1_000);
  });
});
