/** A realistic 50-node route for the editor's performance check: one trigger, a severity gate, then eight
 * per-service lanes, each a filter whose pass branch is templated, throttled and sent, and whose else branch
 * gets a quieter template and its own send. 1 + 1 + 8 × 6 = 50 nodes. Posted without positions: the editor lays it out. */
export const BIG_ROUTE_NODE_COUNT = 50;

const SERVICES = ['api', 'web', 'billing', 'search', 'auth', 'payments', 'mailer', 'scheduler'];

export function bigRouteGraph(channelId: string) {
  const nodes: Array<Record<string, unknown>> = [
    { id: 'trigger', type: 'trigger', label: 'Deploys and incidents', config: { eventTypes: ['deploy.*', 'incident.*'] } },
    {
      id: 'gate', type: 'filter', label: 'Warning or worse',
      config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: 'warning' }] } },
    },
  ];
  const edges: Array<Record<string, unknown>> = [{ source: 'trigger', target: 'gate' }];
  for (const service of SERVICES) {
    const id = (role: string) => `${service}-${role}`;
    nodes.push(
      {
        id: id('filter'), type: 'filter', label: `Service is ${service}`,
        config: { condition: { combinator: 'and', rules: [{ field: 'data.service', operator: 'equals', value: service }] } },
      },
      {
        id: id('template'), type: 'template', label: `${service} alert`,
        config: { title: `{{severity}}: {{subject}} on ${service}`, body: '{{data.reason}}', fields: [{ label: 'Service', value: '{{data.service}}' }] },
      },
      { id: id('throttle'), type: 'throttle', label: 'One per 5 min', config: { mode: 'dedupe', key: '{{type}}:{{data.service}}', limit: 1, windowSeconds: 300 } },
      { id: id('send'), type: 'send', label: `Page ${service}`, config: { channelId } },
      { id: id('quiet'), type: 'template', label: `${service} FYI`, config: { title: 'FYI: {{subject}}', body: '', fields: [] } },
      { id: id('quiet-send'), type: 'send', label: `Log ${service}`, config: { channelId } },
    );
    edges.push(
      { source: 'gate', target: id('filter') },
      { source: id('filter'), target: id('template') },
      { source: id('template'), target: id('throttle') },
      { source: id('throttle'), target: id('send') },
      { source: id('filter'), target: id('quiet'), sourceHandle: 'else' },
      { source: id('quiet'), target: id('quiet-send') },
    );
  }
  return { nodes, edges };
}
