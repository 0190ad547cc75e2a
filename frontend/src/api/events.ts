import { useQuery } from '@tanstack/react-query';
import type { EventInput, NodeOutcome } from '@signalbox/route-model';
import { api } from './http.js';
import type { Delivery } from './deliveries.js';

export interface IngestResult {
  id: string;
  /** routed: workflows run it on matchedRoutes; unmatched: recorded only. */
  status: 'routed' | 'unmatched';
  matchedRoutes: Array<{ routeId: string; routeVersionId: string; version: number }>;
}

export interface EventDetail {
  id: string;
  type: string;
  source: string;
  severity: string;
  subject: string | null;
  timestamp: string;
  receivedAt: string;
  status: 'accepted' | 'routed' | 'unmatched';
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
  get: (id: string) => api.get<EventDetail>(`/v1/events/${encodeURIComponent(id)}`),
};

/** One event and everything it caused; refreshed while its workflows may still be running. */
export function useEvent(id: string) {
  return useQuery({ queryKey: ['events', id], queryFn: () => eventsApi.get(id), refetchInterval: 5_000 });
}
