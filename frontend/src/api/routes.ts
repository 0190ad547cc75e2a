import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventInput, Message, NodeOutcome, RouteGraph, RouteNodeType, SignalboxEvent } from '@signalbox/route-model';
import { api, toPage, type ApiIssue } from './http.js';

export type RouteStatus = 'draft' | 'published' | 'disabled' | 'archived';

export interface Route {
  id: string;
  name: string;
  description?: string | null;
  status: RouteStatus;
  /** The draft graph (what the editor edits); published versions are immutable copies. */
  graph: RouteGraph;
  publishedVersion: number | null;
  /** Structural problems that would block publishing (a draft saves with them). */
  issues?: ApiIssue[];
  /** Live (published, enabled) routes: sends of the published version whose channel is missing, paused or disabled. */
  channelIssues?: ChannelIssue[];
  createdAt?: string;
  updatedAt?: string;
}

export interface ChannelIssue {
  nodeId: string;
  channelId: string;
  channelName: string | null;
  problem: 'missing' | 'paused' | 'disabled';
  message: string;
}

/** The list leaves out the graph and adds the last 24 hours of activity. */
export interface RouteSummary extends Omit<Route, 'graph'> {
  nodeCount?: number;
  eventsMatched24h?: number;
  deliverySuccessRate24h?: number | null;
}

export interface RouteInput {
  name: string;
  description?: string;
  graph: RouteGraph;
}

export interface RouteVersion {
  id?: string;
  version: number;
  triggerTypes?: string[];
  graph?: RouteGraph;
  /** Why it was published, if the admin said. */
  note?: string | null;
  createdAt?: string;
}

/** One node's outcome in a dry run (`would_send` is the dry run's "sent"). */
export interface TraceStep {
  nodeId: string;
  nodeType: RouteNodeType;
  outcome: NodeOutcome | 'would_send';
  reason?: string | null;
}

/** What one send node would deliver. */
export interface RenderedSend {
  nodeId: string;
  message?: Message;
  payload?: unknown;
  /** The request besides the payload (method, headers with per-attempt values described), when the plugin describes it. */
  request?: RequestPreview;
  error?: string;
}

export interface RequestPreview {
  method: string;
  headers: Array<{ name: string; value: string; note?: string }>;
  body?: string;
}

export interface RouteTestResult {
  event: SignalboxEvent;
  trace: TraceStep[];
  messages: RenderedSend[];
}

interface DryRunResponse {
  event: SignalboxEvent;
  steps: Array<TraceStep & { message?: Message; payloadPreview?: unknown; requestPreview?: RequestPreview }>;
  wouldSend: number;
}

/** The API answers with every node's step; the panel wants the path and, separately, the sends. */
export function toTestResult(response: DryRunResponse): RouteTestResult {
  return {
    event: response.event,
    trace: response.steps.map(({ nodeId, nodeType, outcome, reason }) => ({ nodeId, nodeType, outcome, reason })),
    messages: response.steps
      .filter((s) => s.nodeType === 'send' && (s.outcome === 'would_send' || s.message))
      .map((s) => ({ nodeId: s.nodeId, message: s.message, payload: s.payloadPreview, ...(s.requestPreview ? { request: s.requestPreview } : {}), ...(s.outcome === 'failed' ? { error: s.reason ?? 'failed' } : {}) })),
  };
}

export const routesApi = {
  list: async () => toPage<RouteSummary>(await api.get('/v1/routes')).items,
  get: (id: string) => api.get<Route>(`/v1/routes/${id}`),
  create: (input: RouteInput) => api.post<Route>('/v1/routes', input),
  save: (id: string, input: Partial<RouteInput>) => api.put<Route>(`/v1/routes/${id}`, input),
  remove: (id: string) => api.delete<void>(`/v1/routes/${id}`),
  publish: (id: string, note?: string) => api.post<Route>(`/v1/routes/${id}/publish`, note ? { note } : {}),
  enable: (id: string) => api.post<Route>(`/v1/routes/${id}/enable`),
  disable: (id: string) => api.post<Route>(`/v1/routes/${id}/disable`),
  versions: async (id: string) => toPage<RouteVersion>(await api.get(`/v1/routes/${id}/versions`)).items,
  version: (id: string, version: number) => api.get<RouteVersion>(`/v1/routes/${id}/versions/${version}`),
  restore: (id: string, version: number) => api.post<Route>(`/v1/routes/${id}/versions/${version}/restore`),
  test: async (id: string, event: EventInput, version: 'draft' | number = 'draft') =>
    toTestResult(await api.post<DryRunResponse>(`/v1/routes/${id}/test`, { event, version })),
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
