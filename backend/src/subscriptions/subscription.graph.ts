import type { RouteGraph, RouteNode } from '@signalbox/route-model';

/**
 * The route a channel's subscriptions stand for: trigger(ticked types) → filter(severity at least the floor, only
 * with a floor) → send(channel). No template node: the send uses the channel's default formatting of the event.
 * Positions stack the nodes so the editor opens on a readable column.
 */
export function subscriptionGraph(channelId: string, eventTypes: string[], minSeverity: string | null): RouteGraph {
  const nodes: RouteNode[] = [{ id: 'trigger', type: 'trigger', position: { x: 0, y: 0 }, label: 'Subscribed events', config: { eventTypes } }];
  if (minSeverity) {
    nodes.push({
      id: 'severity', type: 'filter', position: { x: 0, y: 160 }, label: `Severity ≥ ${minSeverity}`,
      config: { condition: { combinator: 'and', rules: [{ field: 'severity', operator: 'severity_at_least', value: minSeverity }] } },
    });
  }
  nodes.push({ id: 'send', type: 'send', position: { x: 0, y: nodes.length * 160 }, config: { channelId } });
  const edges = nodes.slice(1).map((node, index) => ({ id: `${nodes[index]!.id}->${node.id}`, source: nodes[index]!.id, target: node.id }));
  return { nodes, edges };
}
