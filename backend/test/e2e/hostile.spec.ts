import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf, startSlice } from './slice.harness.js';

/**
 * End to end (API → outbox → real Temporal dev server → worker → webhook): a published route with a
 * super-linear regex or an explosive template used to hold the shared worker for 27 s, delaying every
 * tenant's events behind it. Now each costs well under a second and the ordinary event behind it flows.
 */
const items = Array.from({ length: 200 }, (_, i) => ({ name: `item-${i}` }));
const route = (channelId: string, type: string, middle: Record<string, unknown>) => ({
  nodes: [{ id: 'trigger', type: 'trigger', config: { eventTypes: [type] } }, { id: 'middle', ...middle }, { id: 'notify', type: 'send', config: { channelId } }],
  edges: [{ source: 'trigger', target: 'middle' }, { source: 'middle', target: 'notify' }],
});

describe('hostile routes, end to end', () => {
  let slice: Awaited<ReturnType<typeof startSlice>>;
  beforeAll(async () => {
    slice = await startSlice();
    const channelId = await slice.createChannel();
    await slice.publishRoute('Hostile regex', route(channelId, 'hostile.regex', {
      type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'data.value', operator: 'matches', value: '^(a|a)+$' }] } },
    }));
    await slice.publishRoute('Hostile template', route(channelId, 'hostile.template', {
      type: 'template', config: { title: 'x', body: '{{#each data.a}}{{#each ../data.a}}{{#each ../../data.a}}{{name}}{{/each}}{{/each}}{{/each}}' },
    }));
    await slice.publishRoute('Ordinary', route(channelId, 'ordinary.event', { type: 'template', config: { title: 'ok {{data.n}}' } }));
  }, 120_000);
  afterAll(() => slice?.close());

  it('a hostile filter and a hostile template each finish in well under a second, and the event behind them is delivered', async () => {
    const regexId = randomUUID();
    const templateId = randomUUID();
    const ordinaryId = randomUUID();
    const started = performance.now();
    await slice.postEvent({ id: regexId, type: 'hostile.regex', data: { value: `${'a'.repeat(9_999)}!` } });
    await slice.postEvent({ id: templateId, type: 'hostile.template', data: { a: items } });
    await slice.postEvent({ id: ordinaryId, type: 'ordinary.event', data: { n: 1 } });

    const settled = (id: string, nodeId: string, outcomes: string[]) =>
      slice.eventWhen(id, (d) => outcomes.includes(outcomeOf(d, nodeId)?.outcome ?? '')).then((detail) => ({ detail, ms: performance.now() - started }));
    const [regex, template, ordinary] = await Promise.all([
      settled(regexId, 'middle', ['filtered', 'passed']),
      settled(templateId, 'middle', ['failed', 'rendered']),
      slice.eventWhen(ordinaryId, (d) => d.deliveries.some((x) => x.status === 'delivered')).then((detail) => ({ detail, ms: performance.now() - started })),
    ]);
    console.log(`e2e: hostile filter settled ${regex.ms.toFixed(0)} ms, hostile template ${template.ms.toFixed(0)} ms, ordinary event behind them delivered ${ordinary.ms.toFixed(0)} ms after the first POST`);

    expect(outcomeOf(regex.detail, 'middle')?.outcome).toBe('filtered');
    expect(outcomeOf(template.detail, 'middle')).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/over its rendering budget: .*more than 25,000 steps/) });
    expect(template.detail.deliveries).toEqual([]);
    // Generous for a shared 2-core machine (workflow start-up included); the old behaviour took 27 s.
    expect(ordinary.ms).toBeLessThan(5_000);
  });
});
