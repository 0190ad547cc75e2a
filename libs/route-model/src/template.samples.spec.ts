import { describe, expect, it } from 'vitest';
import { eventCatalogue } from './catalogue.js';
import type { RouteGraph } from './route.schema.js';
import { templateBudgetIssues } from './template.samples.js';

const samples = eventCatalogue().map((entry) => entry.sample);
// Each level loops over every field of the event: about 8^6 iterations on any sample.
const explosive = `${'{{#each @root}}'.repeat(6)}x${'{{/each}}'.repeat(6)}`;

const route = (templateBody: string, throttleKey = '{{source}}'): RouteGraph => ({
  nodes: [
    { id: 't', type: 'trigger', config: { eventTypes: ['*'] } },
    { id: 'tpl', type: 'template', label: 'Digest', config: { title: 'x', body: templateBody, fields: [] } },
    { id: 'th', type: 'throttle', config: { mode: 'rate_limit', key: throttleKey, limit: 1, windowSeconds: 60 } },
    { id: 's', type: 'send', config: { channelId: 'c' } },
  ],
  edges: [{ source: 't', target: 'tpl' }, { source: 'tpl', target: 'th' }, { source: 'th', target: 's' }],
});

describe('templateBudgetIssues (publish-time check on catalogue samples)', () => {
  it('names a template node over budget on a sample event', () => {
    const started = performance.now();
    const issues = templateBudgetIssues(route(explosive), samples);
    console.log(`publish-time sample check of an explosive template: ${(performance.now() - started).toFixed(0)} ms`);
    expect(issues).toEqual([{ nodeId: 'tpl', path: 'nodes[1]', message: expect.stringMatching(/^Template node "Digest" \(tpl\): Template is over its rendering budget: .*\(rendering the sample ".+" event\)$/) }]);
  });

  it('names a throttle key over budget', () => {
    expect(templateBudgetIssues(route('{{data.x}}', explosive), samples).map((i) => i.nodeId)).toEqual(['th']);
  });

  it('passes ordinary templates', () => {
    expect(templateBudgetIssues(route('{{#each data}}{{@key}}={{this}} {{/each}}'), samples)).toEqual([]);
  });
});
