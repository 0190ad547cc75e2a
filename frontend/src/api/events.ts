import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { EventInput, NodeOutcome } from '@signalbox/route-model';
import { api, toPage } from './http.js';
import type { Delivery } from './deliveries.js';

export interface IngestResult {
  id: string;
  /** routed: workflows run it on matchedRoutes; unmatched: recorded only. */
  status: 'routed' | 'unmatched';
  matchedRoutes: Array<{ routeId: string; routeVersionId: string; version: number }>;
}

/** What became of an event; derived by the API (one definition, `event-outcome.sql.ts`). */
export const EVENT_OUTCOMES = ['unmatched', 'filtered', 'throttled', 'held', 'in_progress', 'delivered', 'partially_delivered', 'failed', 'silenced', 'grouped'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

export interface EventListItem {
  id: string;
  type: string;
  source: string;
  severity: string;
  subject: string | null;
  timestamp: string;
  receivedAt: string;
  outcome: EventOutcome;
  /** Dispatch state only; show `outcome` to people. */
  status: 'accepted' | 'routed' | 'unmatched';
  replayOf: string | null;
  matchedRouteCount: number;
}

export interface EventFilters {
  outcome?: string;
  type?: string;
  source?: string;
  severity?: string;
  from?: string;
  to?: string;
  q?: string;
}

export interface EventDetail extends Omit<EventListItem, 'matchedRouteCount'> {
  replays: Array<{ id: string; receivedAt: string }>;
  data: Record<string, unknown>;
  matchedRoutes: Array<{
    routeId: string | null;
    name: string | null;
    version: number | null;
    outcomes: Array<{ nodeId: string; nodeType: string; outcome: NodeOutcome; reason: string | null }>;
  }>;
  deliveries: Delivery[];
}

export const eventsApi = {
  send: (event: EventInput) => api.post<IngestResult>('/v1/events', event),
  list: async (filters: EventFilters & { limit?: number; cursor?: string }) => toPage<EventListItem>(await api.get('/v1/events', { ...filters })),
  get: (id: string) => api.get<EventDetail>(`/v1/events/${encodeURIComponent(id)}`),
};

/** One event and everything it caused; refreshed while its workflows may still be running. */
export function useEvent(id: string) {
  return useQuery({ queryKey: ['events', id], queryFn: () => eventsApi.get(id), refetchInterval: 5_000 });
}

/** The events feed, newest first, a page at a time. */
export function useEvents(filters: EventFilters) {
  return useInfiniteQuery({
    queryKey: ['events', 'list', filters],
    queryFn: ({ pageParam }) => eventsApi.list({ ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: 10_000, // outcomes move on while workflows run
  });
}
