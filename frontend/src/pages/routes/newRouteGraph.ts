import type { CatalogueEntry, RouteGraph } from '@signalbox/route-model';

/**
 * The types the products themselves subscribe a new endpoint to (catalogue `subscribedByDefault`): where a new
 * route starts, rather than `*` (everything, the opposite of every product's defaults).
 */
export function defaultEventTypes(catalogue: readonly Pick<CatalogueEntry, 'type' | 'subscribedByDefault'>[]): string[] {
  return [...new Set(catalogue.filter((entry) => entry.subscribedByDefault === true).map((entry) => entry.type))];
}

/**
 * A new route starts as trigger → template so the editor opens on something to build on, not a blank canvas.
 * With no types chosen, the trigger takes the catalogue's defaults.
 */
export function newRouteGraph(eventTypes: string[], defaults: string[]): RouteGraph {
  const types = eventTypes.length ? eventTypes : defaults;
  return {
    nodes: [
      { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: types.length ? types : ['*'] } },
      {
        id: 'template',
        type: 'template',
        position: { x: 0, y: 160 },
        config: {
          title: '[{{severity}}] {{type}}',
          body: '{{#if subject}}{{subject}}{{else}}Event from {{source}}{{/if}}',
          fields: [{ label: 'Source', value: '{{source}}' }],
        },
      },
    ],
    edges: [{ id: 'trigger->template', source: 'trigger', target: 'template' }],
  };
}
