import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NodeOutcome, RouteGraph, SignalboxEvent } from '@signalbox/route-model';
import { api, toPage, type ApiIssue } from './http.js';

export type RouteStatus = 'draft' | 'published' | 'disabled';

export interface RouteStats {
  eventsMatched24h?: number;
  deliveries24h?: number;
  deliverySuccessRate?: number | null;
}

export interface Route {
  id: string;
  name: string;
  description?: string | null;
  status: RouteStatus;
  draftGraph: RouteGraph;
  publishedVersion: number | null;
  issues?: ApiIssue[];
  stats?: RouteStats;
  createdAt?: string;
  updatedAt?: string;
}

export interface RouteInput {
  name: string;
  description?: string;
  draftGraph: RouteGraph;
}

export interface RouteVersion {
  version: number;
  graph?: RouteGraph;
  publishedAt?: string;
  createdAt?: string;
  publishedBy?: string | null;
}

export interface TraceStep {
  nodeId: string;
  type: string;
  outcome: NodeOutcome | string;
  reason?: string | null;
}

export interface RenderedSend {
  nodeId: string;
  channelId?: string;
  pluginId?: string;
  message?: unknown;
  payload?: unknown;
  error?: string;
}

export interface RouteTestResult {
  matched?: boolean;
  trace: TraceStep[];
  messages: RenderedSend[];
}

export const routesApi = {
  list: async () => toPage<Route>(await api.get('/v1/routes')).items,
  get: (id: string) => api.get<Route>(`/v1/routes/${id}`),
  create: (input: RouteInput) => api.post<Route>('/v1/routes', input),
  save: (id: string, input: Partial<RouteInput>) => api.put<Route>(`/v1/routes/${id}`, input),
  remove: (id: string) => api.delete<void>(`/v1/routes/${id}`),
  publish: (id: string) => api.post<Route>(`/v1/routes/${id}/publish`),
  disable: (id: string) => api.post<Route>(`/v1/routes/${id}/disable`),
  versions: async (id: string) => toPage<RouteVersion>(await api.get(`/v1/routes/${id}/versions`)).items,
  version: (id: string, version: number) => api.get<RouteVersion>(`/v1/routes/${id}/versions/${version}`),
  restore: (id: string, version: number) => api.post<Route>(`/v1/routes/${id}/versions/${version}/restore`),
  test: (id: string, event: Partial<SignalboxEvent>, version: 'draft' | number = 'draft') =>
    api.post<RouteTestResult>(`/v1/routes/${id}/test`, { event, version }),
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
    publish: useMutation({ mutationFn: () => routesApi.publish(id), onSuccess: settle }),
    disable: useMutation({ mutationFn: () => routesApi.disable(id), onSuccess: settle }),
    restore: useMutation({ mutationFn: (version: number) => routesApi.restore(id, version), onSuccess: settle }),
  };
}
