import { validateRouteGraph, type RouteGraph } from '@signalbox/route-model';
import { useMemo } from 'react';
import { useRouteVersion, type Route } from '../api/routes.js';
import { stableJson } from '../shared/stableJson.js';
import { fromFlow, toFlow } from './graphAdapter.js';
import { useCurrentGraph } from './useCurrentGraph.js';

/**
 * What a graph does, as JSON: schema defaults applied (the server stores versions parsed) and node positions
 * and edge ids left out (moving a card changes nothing that runs, so it is not worth a new version).
 */
export function behaviourJson(graph: RouteGraph): string {
  const parsed = validateRouteGraph(graph);
  const source = parsed.ok ? parsed.graph : graph;
  const flow = toFlow(source);
  const canonical = fromFlow(flow.nodes, flow.edges);
  return stableJson({
    nodes: canonical.nodes.map(({ position: _position, ...node }) => node),
    edges: canonical.edges.map(({ id: _id, ...edge }) => edge),
  });
}

/** Whether the canvas differs from the live version: true if never published, undefined while it loads. */
export function useUnpublishedChanges(route: Route): boolean | undefined {
  const live = useRouteVersion(route.id, route.publishedVersion);
  const graph = useCurrentGraph();
  const liveJson = useMemo(() => (live.data?.graph ? behaviourJson(live.data.graph) : null), [live.data]);
  const currentJson = useMemo(() => behaviourJson(graph), [graph]);
  if (!route.publishedVersion) return true;
  if (liveJson === null) return undefined;
  return liveJson !== currentJson;
}
