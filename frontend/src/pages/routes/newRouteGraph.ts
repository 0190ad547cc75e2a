import type { RouteGraph } from '@signalbox/route-model';

/** A new route starts as trigger → template so the editor opens on something to build on, not a blank canvas. */
export function newRouteGraph(eventTypes: string[]): RouteGraph {
  return {
    nodes: [
      { id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, config: { eventTypes: eventTypes.length ? eventTypes : ['*'] } },
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
