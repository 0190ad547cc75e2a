import { useQueries } from '@tanstack/react-query';
import type { Delivery } from '../../api/deliveries.js';
import { routeKeys, routesApi } from '../../api/routes.js';
import { nodeLabel } from '../events/useVersionGraphs.js';

/**
 * The label of each delivery's send node, read from the frozen route version it ran against (as the event page
 * does), so a renamed node in today's draft does not relabel old deliveries. Until the graph loads: the node id.
 */
export function useDeliveryNodeLabels(deliveries: Delivery[]): (delivery: Delivery) => string {
  const routeIds = [...new Set(deliveries.map((d) => d.routeId))];
  const versionLists = useQueries({
    queries: routeIds.map((id) => ({ queryKey: routeKeys.versions(id), queryFn: () => routesApi.versions(id) })),
  });
  const versionOf = new Map<string, { routeId: string; version: number }>();
  versionLists.forEach((list, i) => list.data?.forEach((v) => v.id && versionOf.set(v.id, { routeId: routeIds[i]!, version: v.version })));
  const wanted = [...new Set(deliveries.map((d) => d.routeVersionId))].flatMap((id) => (versionOf.has(id) ? [[id, versionOf.get(id)!] as const] : []));
  const graphs = useQueries({
    queries: wanted.map(([, v]) => ({
      queryKey: routeKeys.version(v.routeId, v.version),
      queryFn: () => routesApi.version(v.routeId, v.version),
      staleTime: Infinity, // a published version never changes
    })),
  });
  const graphOf = new Map(wanted.map(([id], i) => [id, graphs[i]?.data?.graph]));
  return (delivery) => nodeLabel(graphOf.get(delivery.routeVersionId), delivery.nodeId);
}
