import { describe, expect, it } from 'vitest';
import type { SignalboxEvent } from './event.schema.js';
import { RenderBudget, renderMessage, renderTemplate, ROUTE_TEMPLATE_BUDGET, TemplateRenderError } from './template.render.js';
import { cpuMs } from './testing/cpu-time.js';

const items = Array.from({ length: 200 }, (_, index) => ({ name: `item-${index}`, tags: ['a', 'b'] }));
const event: SignalboxEvent = {
  id: 'e1', type: 'test.budget', source: 'test', severity: 'info', timestamp: '2026-01-01T00:00:00.000Z',
  data: { a: items, blob: 'x'.repeat(200_000), list: Array.from({ length: 5_000 }, (_, i) => i) },
};

/** Renders and returns the CPU time it took and what was thrown. */
function timed(render: () => unknown): { ms: number; error: unknown } {
  const { result: error, ms } = cpuMs(() => {
    try {
      render();
      return undefined;
    } catch (caught) {
      return caught;
    }
  });
  return { ms, error };
}

// Templates a security review used to block the API for seconds or build ~100 MB of output.
const HOSTILE: Array<[name: string, source: string, problem: RegExp]> = [
  ['three nested {{#each}} over 200 items', '{{#each data.a}}{{#each ../data.a}}{{#each ../../data.a}}x{{/each}}{{/each}}{{/each}}', /more than 25,000 steps/],
  ['{{json ../data}} inside a loop', '{{#each data.a}}{{json ../data}}{{/each}}', /more than 2,000,000 characters/],
  ['a bare {{#list}} block nested', '{{#data.a}}{{#../data.a}}{{#../../data.a}}{{name}}{{/../../data.a}}{{/../data.a}}{{/data.a}}', /more than 25,000 steps/],
  ['{{join}} with a huge separator', '{{join data.list data.blob}}', /more than 2,000,000 characters/],
  ['nested each with empty bodies', '{{#each data.list}}{{#each ../data.list}}{{/each}}{{/each}}', /more than 25,000 steps/],
];

describe('template rendering budget', () => {
  it.each(HOSTILE)('%s stops early with an explained error, well under a second', (name, source, problem) => {
    const { ms, error } = timed(() => renderTemplate(source, event, { escape: 'slack_mrkdwn' }));
    console.log(`hostile template "${name}": ${ms.toFixed(1)} ms CPU`);
    expect(error).toBeInstanceOf(TemplateRenderError);
    expect((error as TemplateRenderError).overBudget).toBe(true);
    expect((error as Error).message).toMatch(/^Template is over its rendering budget: /);
    expect((error as Error).message).toMatch(problem);
    expect(ms).toBeLessThan(500);
  });

  it('shares one budget across a message: many heavy fields cannot each use a full budget', () => {
    const heavy = '{{#each data.list}}{{this}}{{/each}}'; // 10,000 steps per field
    const fields = Array.from({ length: 6 }, () => ({ label: 'n', value: heavy }));
    expect(() => renderMessage({ title: 't', body: '', fields }, event, { escape: 'none' })).toThrow(/over its rendering budget/);
    expect(() => renderMessage({ title: 't', body: '', fields: fields.slice(0, 2) }, event, { escape: 'none' })).not.toThrow();
  });

  it('bounds all of a route\'s renders for one event together: many templates each under budget cannot add up', () => {
    const heavy = { title: 't', body: '{{#each data.list}}{{this}}{{/each}}', fields: [] }; // ~10,000 steps, under TEMPLATE_BUDGET
    const route = new RenderBudget(ROUTE_TEMPLATE_BUDGET);
    const { result: outcomes, ms } = cpuMs(() => Array.from({ length: 50 }, () => {
      try {
        renderMessage(heavy, event, { escape: 'none', within: route });
        return 'rendered';
      } catch (error) {
        return (error as Error).message;
      }
    }));
    console.log(`hostile template: 50 template nodes of ~10,000 steps each in one route: ${ms.toFixed(0)} ms CPU`);
    expect(outcomes.filter((o) => o === 'rendered').length).toBeGreaterThanOrEqual(4);
    expect(outcomes.at(-1)).toMatch(/over its rendering budget: this route's templates together need more than 100,000 steps/);
    expect(ms).toBeLessThan(1_000);
  });

  it('leaves ordinary templates alone: a loop over 200 items with helpers renders in full', () => {
    const source = '{{#each data.a}}{{upper name}} [{{join tags "/"}}]{{#if @last}}.{{else}}, {{/if}}{{/each}}';
    const rendered = renderTemplate(source, event, { escape: 'none' });
    expect(rendered).toMatch(/^ITEM-0 \[a\/b\], ITEM-1/);
    expect(rendered).toMatch(/ITEM-199 \[a\/b\]\.$/);
  });

  it('still caps a long (but cheap) output with an ellipsis rather than failing', () => {
    const rendered = renderTemplate('{{data.blob}}', event, { escape: 'none' });
    expect(rendered.length).toBeLessThanOrEqual(100_000);
  });
});
