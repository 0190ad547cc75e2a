import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventInput, Message, NodeOutcome, RouteGraph, RouteNodeType, SignalboxEvent } from '@signalbox/route-model';
import { call, client, type RequestBody, type ResponseBody } from './http.js';

/**
 * Route shapes are the API's; `graph` is narrowed to route-model's RouteGraph, the zod type the API validates a
 * graph with (the document cuts its recursive condition groups off, so its generated type is looser).
 */
type WithGraph<T> = Omit<T, 'graph'> & { graph: RouteGraph };
export type Route = WithGraph<ResponseBody<'/v1/routes/{id}', 'get'>>;
export type RouteStatus = Route['status'];
export type ChannelIssue = NonNullable<Route['channelIssues']>[number];
/** The list leaves out the graph and adds the last 24 hours of activity. */
export type RouteSummary = ResponseBody<'/v1/routes', 'get'>['items'][number];
export type RouteInput = WithGraph<RequestBody<'/v1/routes', 'post'>>;
export type RouteVersion = WithGraph<ResponseBody<'/v1/routes/{id}/versions/{version}', 'get'>>;

// The test panel's view models, built from the dry run's answer by toTestResult (not API shapes).
/** One node's outcome in a dry run (`would_send` is the dry run's "sent"). */
// eslint-disable-next-line no-restricted-syntax -- UI view model
export interface TraceStep {
  nodeId: string;
  nodeType: RouteNodeType;
  outcome: NodeOutcome | 'would_send';
  reason?: string | null;
}

/** What one send node would deliver. */
// eslint-disable-next-line no-restricted-syntax -- UI view model
export interface RenderedSend {
  nodeId: string;
  message?: Message;
  payload?: unknown;
  /** The request besides the payload (method, headers with per-attempt values described), when the plugin describes it. */
  request?: RequestPreview;
  error?: string;
}

export type RequestPreview = NonNullable<DryRunResponse['steps'][number]['requestPreview']>;

// eslint-disable-next-line no-restricted-syntax -- UI view model
export interface RouteTestResult {
  event: SignalboxEvent;
  trace: TraceStep[];
  messages: RenderedSend[];
}

type DryRunResponse = ResponseBody<'/v1/routes/{id}/test', 'post'>;

/** The API answers with every node's step; the panel wants the path and, separately, the sends. */
export function toTestResult(response: DryRunResponse): RouteTestResult {
  return {
    event: response.event as unknown as SignalboxEvent,
    trace: response.steps.map(({ nodeId, nodeType, outcome, reason }) => ({ nodeId, nodeType: nodeType as RouteNodeType, outcome: outcome as TraceStep['outcome'], reason })),
    messages: response.steps
      .filter((s) => s.nodeType === 'send' && (s.outcome === 'would_send' || s.message))
      .map((s) => ({ nodeId: s.nodeId, message: s.message as Message | undefined, payload: s.payloadPreview, ...(s.requestPreview ? { request: s.requestPreview } : {}), ...(s.outcome === 'failed' ? { error: s.reason ?? 'failed' } : {}) })),
  };
}

const byId = (id: string) => ({ params: { path: { id } } });
const byVersion = (id: string, version: number) => ({ params: { path: { id, version } } });
// The API answers the graph it was sent (validated by route-model's zod), so it is a RouteGraph.
const withGraph = <T extends { graph?: unknown }>(route: T) => route as T & { graph: RouteGraph };

export const routesApi = {
  list: async () => (await call(client.GET('/v1/routes'))).items,
  get: async (id: string): Promise<Route> => withGraph(await call(client.GET('/v1/routes/{id}', byId(id)))),
  create: async (input: RouteInput): Promise<Route> => withGraph(await call(client.POST('/v1/routes', { body: input as RequestBody<'/v1/routes', 'post'> }))),
  save: async (id: string, input: Partial<RouteInput>): Promise<Route> =>
    withGraph(await call(client.PUT('/v1/routes/{id}', { ...byId(id), body: input as RequestBody<'/v1/routes/{id}', 'put'> }))),
  remove: (id: string) => call(client.DELETE('/v1/routes/{id}', byId(id))),
  publish: async (id: string, note?: string): Promise<Route> => withGraph(await call(client.POST('/v1/routes/{id}/publish', { ...byId(id), body: note ? { note } : {} }))),
  enable: async (id: string): Promise<Route> => withGraph(await call(client.POST('/v1/routes/{id}/enable', byId(id)))),
  disable: async (id: string): Promise<Route> => withGraph(await call(client.POST('/v1/routes/{id}/disable', byId(id)))),
  versions: async (id: string) => (await call(client.GET('/v1/routes/{id}/versions', byId(id)))).items,
  version: async (id: string, version: number): Promise<RouteVersion> => withGraph(await call(client.GET('/v1/routes/{id}/versions/{version}', byVersion(id, version)))),
  restore: async (id: string, version: number): Promise<Route> => withGraph(await call(client.POST('/v1/routes/{id}/versions/{version}/restore', byVersion(id, version)))),
  test: async (id: string, event: EventInput, version: 'draft' | number = 'draft') =>
    toTestResult(await call(client.POST('/v1/routes/{id}/test', { ...byId(id), body: { event, version } as RequestBody<'/v1/routes/{id}/test', 'post'> }))),
};

export const routeKeys = {
  all: ['routes'] as const,
  one: (id: string) => ['routes', id] as const,
  versions: (id: string) => ['routes', id, 'versions'] as const,
  version: (id: string, version: number) => ['routes', id, 'versions', version] as const,
};

export function useRoutes() {
  return useQuery({ queryKey: routeKeys.all, queryFn: routesApi.list });
}

export function useRoute(id: string) {
  return useQuery({ queryKey: routeKeys.one(id), queryFn: () => routesApi.get(id) });
}

export function useRouteVersions(id: string, enabled = true) {
  return useQuery({ queryKey: routeKeys.versions(id), queryFn: () => routesApi.versions(id), enabled });
}

export function useRouteVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: routeKeys.version(id, version ?? -1),
    queryFn: () => routesApi.version(id, version!),
    enabled: version !== null,
    staleTime: Infinity, // a published version never changes
  });
}

/** Every write returns the route; put it straight into the cache so the editor and list agree. */
export function useRouteMutations(id: string) {
  const queryClient = useQueryClient();
  const settle = (route: Route) => {
    queryClient.setQueryData(routeKeys.one(id), route);
    void queryClient.invalidateQueries({ queryKey: routeKeys.all, exact: true });
    void queryClient.invalidateQueries({ queryKey: routeKeys.versions(id) });
  };
  return {
    save: useMutation({ mutationFn: (input: Partial<RouteInput>) => routesApi.save(id, input), onSuccess: settle }),
    publish: useMutation({ mutationFn: (note?: string) => routesApi.publish(id, note), onSuccess: settle }),
    enable: useMutation({ mutationFn: () => routesApi.enable(id), onSuccess: settle }),
    disable: useMutation({ mutationFn: () => routesApi.disable(id), onSuccess: settle }),
    restore: useMutation({ mutationFn: (version: number) => routesApi.restore(id, version), onSuccess: settle }),
  };
}
