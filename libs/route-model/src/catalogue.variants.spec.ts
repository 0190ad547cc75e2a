import { describe, expect, it } from 'vitest';
import { eventCatalogue } from './catalogue.js';
import { normalizeSeverity } from './severity.normalize.js';
import seedFile from './seed-events.json' with { type: 'json' };

interface SeedEvent { type: string; fires: string; severity?: string }
const seed = seedFile as unknown as { systems: Array<{ events: SeedEvent[] }> };
const catalogue = eventCatalogue();

/** Every sample (catalogue entries and their variants) a preview can pick for a type. */
const reachable = (type: string) =>
  new Set(catalogue.filter((e) => e.type === type).flatMap((e) => [e.sample, ...e.variants]).map((s) => s.severity));

/** Levels the seed names for a type, read here independently of the catalogue's own parser. */
function levelsNamedInSeed(event: SeedEvent): string[] {
  const clause = event.fires.match(/severity ([a-z |]+)/i)?.[1] ?? '';
  return `${event.severity ?? ''} ${clause}`.split(/[^A-Za-z]+/).map(normalizeSeverity).filter((s) => s !== undefined);
}

describe('sample variants reach every documented severity', () => {
  it.each(seed.systems.flatMap((s) => s.events).map((e) => [e.type, e] as const))('%s', (type, event) => {
    const reached = reachable(type);
    for (const level of levelsNamedInSeed(event)) expect(reached, `${type} at ${level}`).toContain(level);
  });

  it.each([
    ['service.health.down', ['critical', 'high']],
    ['deploy.failure', ['critical', 'high']],
    ['budget.threshold', ['critical', 'warning']],
    ['alert', ['critical', 'warning', 'info']],
    ['deploy.success', ['info']],
    ['cost_leak.detected', ['critical']],
  ])('%s can be previewed at %j', (type, levels) => {
    expect([...reachable(type)].sort()).toEqual([...levels].sort());
  });

  it('keeps the payload\'s own severity field in step, in its own style', () => {
    const budget = catalogue.find((e) => e.type === 'budget.threshold')!;
    expect(budget.variants).toEqual([expect.objectContaining({ id: 'sample-nemo-router-budget.threshold-critical', severity: 'critical', data: expect.objectContaining({ severity: 'CRITICAL' }) })]);
    expect(budget.sample.data.severity).toBe('WARNING');
    const down = catalogue.find((e) => e.type === 'service.health.down')!;
    expect(down.variants.map((v) => v.id)).toEqual(['sample-ai-admin-panel-service.health.down-critical']);
    expect(down.variants[0]!.data).toEqual(down.sample.data);
  });
});
