import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * A hostile filter regex or template must not block the API: the dry run (the editor's preview) answers in
 * well under a second over real HTTP. A template over its rendering budget is a 400 naming the node.
 */
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
});
afterAll(() => t?.close());

const trigger = { id: 'trigger', type: 'trigger', config: { eventTypes: ['deploy.*'] } };
const send = { id: 'out', type: 'send', config: { channelId: '00000000-0000-4000-8000-000000000000' } };
const items = Array.from({ length: 200 }, (_, i) => ({ name: `item-${i}` }));

async function http(method: string, path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${t.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { message: string; issues?: Array<{ path: string; message: string; nodeId?: string }>; steps?: Array<{ nodeId: string; outcome: string; reason?: string }> } };
}

/** Saves a draft with `node` between trigger and send, dry-runs `data` through it; returns the answer and its time. */
async function dryRun(node: Record<string, unknown>, data: Record<string, unknown>) {
  const created = await http('POST', '/v1/routes', {
    name: 'hostile',
    graph: { nodes: [trigger, node, send], edges: [{ source: 'trigger', target: node.id }, { source: node.id, target: 'out' }] },
  });
  expect(created.status).toBe(201);
  const id = (created.body as unknown as { id: string }).id;
  const started = performance.now();
  const res = await http('POST', `/v1/routes/${id}/test`, { event: { type: 'deploy.failed', data } });
  return { ...res, ms: performance.now() - started };
}

describe('hostile routes in the API (dry run over HTTP)', () => {
  it.each([
    ['^(a|a)+$', `${'a'.repeat(9_999)}!`],
    ['^([a-z]|[a-z0-9])+$', `${'a'.repeat(9_999)}!`],
    ['^.*.*.*.*.*=$', 'x'.repeat(10_000)],
    ['(a+)+$', `${'a'.repeat(9_999)}!`],
  ])('filter %s on a long hostile value answers in well under a second', async (pattern, value) => {
    const filter = { id: 'gate', type: 'filter', config: { condition: { combinator: 'and', rules: [{ field: 'data.value', operator: 'matches', value: pattern }] } } };
    const res = await dryRun(filter, { value });
    console.log(`API: hostile filter ${pattern} dry run ${res.ms.toFixed(0)} ms`);
    expect(res.status).toBe(200);
    expect(res.body.steps?.find((s) => s.nodeId === 'gate')?.outcome).toBe('filtered');
    expect(res.ms).toBeLessThan(1_000);
  });

  it('a filter of 50 large-program regex rules is cut off by the regex budget, explained, in well under a second', async () => {
    const rules = Array.from({ length: 50 }, () => ({ field: 'data.value', operator: 'matches', value: '(?:a?){600}a{600}$' }));
    const res = await dryRun({ id: 'gate', type: 'filter', config: { condition: { combinator: 'or', rules } } }, { value: `${'a'.repeat(999)}!` });
    console.log(`API: hostile filter 50 × (?:a?){600}a{600}$ dry run ${res.ms.toFixed(0)} ms`);
    expect(res.status).toBe(200);
    expect(res.body.steps?.find((s) => s.nodeId === 'gate')).toMatchObject({ outcome: 'filtered', reason: expect.stringMatching(/regex work for this event is over budget/) });
    expect(res.ms).toBeLessThan(1_000);
  });

  it.each([
    ['three nested {{#each}} over 200 items', '{{#each data.a}}{{#each ../data.a}}{{#each ../../data.a}}{{name}}{{/each}}{{/each}}{{/each}}', /more than 25,000 steps/],
    ['{{json ../data}} in a loop', '{{#each data.a}}{{json ../data}}{{/each}}', /more than 2,000,000 characters/],
  ])('template with %s is a 400 naming the node, in well under a second', async (_name, body, problem) => {
    const template = { id: 'tpl', type: 'template', label: 'Digest', config: { title: 'x', body } };
    const res = await dryRun(template, { a: items, padding: 'p'.repeat(20_000) });
    console.log(`API: hostile template "${_name}" dry run ${res.ms.toFixed(0)} ms`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^Template node "Digest" \(tpl\): Template is over its rendering budget: /);
    expect(res.body.message).toMatch(problem);
    expect(res.body.issues).toEqual([expect.objectContaining({ path: 'nodes[1]', nodeId: 'tpl' })]);
    expect(res.ms).toBeLessThan(1_000);
  });
});
