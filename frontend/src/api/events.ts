import type { EventInput, NodeOutcome, SignalboxEvent } from '@signalbox/route-model';
import { api } from './http.js';
import type { Delivery } from './deliveries.js';

export interface IngestResult {
  id: string;
  matchedRoutes?: number | string[];
  duplicate?: boolean;
}

export interface EventDetail {
  event: SignalboxEvent;
  matchedRoutes?: Array<{ routeId: string; version: number; name?: string }>;
  outcomes?: Array<{ routeId: string; nodeId: string; outcome: NodeOutcome; reason?: string }>;
  deliveries?: Delivery[];
}

export const eventsApi = {
  send: (event: EventInput) => api.post<IngestResult>('/v1/events', event),
  get: (id: string) => api.get<EventDetail>(`/v1/events/${id}`),
};
