import type { Route, RouteVersion } from '@signalbox/db';
import type { GraphIssue } from '@signalbox/route-model';
import { validateRouteGraph } from '@signalbox/route-model';

/** A route as the API returns it; `issues` are the structural problems that would block publishing. */
export function routeView(route: Route) {
  const validation = validateRouteGraph(route.draftGraph);
  const issues: GraphIssue[] = validation.ok ? [] : validation.issues;
  return {
    id: route.id,
    name: route.name,
    description: route.description,
    status: route.status,
    publishedVersion: route.publishedVersion,
    publishedVersionId: route.publishedVersionId,
    graph: route.draftGraph,
    issues,
    // Routes made by a channel's subscriptions page say so, and the editor sends people back there.
    subscriptionChannelId: route.subscriptionChannelId ?? null,
    createdAt: route.createdAt.toISOString(),
    updatedAt: route.updatedAt.toISOString(),
  };
}

export function versionView(version: RouteVersion, includeGraph: boolean) {
  return {
    id: version.id,
    routeId: version.routeId,
    version: version.version,
    triggerTypes: version.triggerTypes,
    note: version.note ?? null,
    createdAt: version.createdAt.toISOString(),
    ...(includeGraph ? { graph: version.graph } : {}),
  };
}
