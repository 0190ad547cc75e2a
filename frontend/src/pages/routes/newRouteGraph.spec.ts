import { eventCatalogue } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { defaultEventTypes, newRouteGraph } from './newRouteGraph.js';

const triggerTypes = (graph: ReturnType<typeof newRouteGraph>) => (graph.nodes[0]!.config as { eventTypes: string[] }).eventTypes;

describe('newRouteGraph', () => {
  const defaults = defaultEventTypes(eventCatalogue());

  it("starts from the catalogue's default subscriptions, not every event", () => {
    expect(defaults).toEqual(expect.arrayContaining(['deploy.failure', 'service.health.down', 'ssl.expiring']));
    expect(defaults).not.toContain('service.stopped'); // documented as off by default
    expect(defaults).not.toContain('server_status'); // no documented default: not subscribed
    expect(triggerTypes(newRouteGraph([], defaults))).toEqual(defaults);
  });

  it('uses the types the user chose when there are any', () => {
    expect(triggerTypes(newRouteGraph(['backup.*'], defaults))).toEqual(['backup.*']);
  });
});
