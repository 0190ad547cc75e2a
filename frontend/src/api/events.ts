import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { EventInput } from '@signalbox/route-model';
import { call, client, compact, type QueryParams, type RequestBody, type ResponseBody } from './http.js';

export type IngestResult = ResponseBody<'/v1/events', 'post'>;

/** What became of an event; derived by the API (one definition, `event-outcome.sql.ts`). */
export const EVENT_OUTCOMES = ['unmatched', 'filtered', 'throttled', 'held', 'in_progress', 'delivered', 'partially_delivered', 'failed', 'silenced', 'grouped'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

export type EventListItem = ResponseBody<'/v1/events', 'get'>['items'][number];

/** The feed's filters (what the page puts in its address bar). */
export type EventFilters = Pick<QueryParams<'/v1/events', 'get'>, 'type' | 'source' | 'from' | 'to' | 'q'> & { outcome?: string; severity?: string };

export type EventDetail = ResponseBody<'/v1/events/{id}', 'get'>;

export const eventsApi = {
  send: (event: EventInput) => call(client.POST('/v1/events', { body: event as RequestBody<'/v1/events', 'post'> })),
  list: (filters: EventFilters & { limit?: number; cursor?: string }) =>
    call(client.GET('/v1/events', { params: { query: compact(filters) as QueryParams<'/v1/events', 'get'> } })),
  get: (id: string) => call(client.GET('/v1/events/{id}', { params: { path: { id } } })),
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
