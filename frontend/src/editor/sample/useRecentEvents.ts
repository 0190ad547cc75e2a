import { useQueries, useQuery } from '@tanstack/react-query';
import { eventTypeMatches, type SignalboxEvent } from '@signalbox/route-model';
import { eventsApi, type EventDetail, type EventListItem } from '../../api/events.js';

const PER_TYPE = 5;
const SHOWN = 10;
/** A trigger naming many types asks for the newest of the first few only; the feed stays one click away. */
const MAX_TYPE_QUERIES = 8;

/**
 * The newest real events the route's trigger accepts, newest first. The feed filters by exact type only, so a
 * wildcard (`deploy.*`) is asked for through the known types it covers; `*` is one unfiltered page.
 */
export function useRecentEvents(patterns: string[], knownTypes: string[]): { events: EventListItem[]; isPending: boolean } {
  const anyType = patterns.includes('*');
  const named = patterns.filter((p) => p !== ''); // a trigger with no types yet asks for nothing
  const types = anyType ? [undefined] : [...new Set(named.flatMap((p) => (p.endsWith('.*') ? knownTypes.filter((t) => eventTypeMatches(p, t)) : [p])))].slice(0, MAX_TYPE_QUERIES);
  const results = useQueries({
    queries: types.map((type) => ({
      queryKey: ['events', 'recent-samples', type ?? '*'],
      queryFn: async () => (await eventsApi.list({ ...(type ? { type } : {}), limit: anyType ? SHOWN : PER_TYPE })).items,
      staleTime: 30_000,
    })),
  });
  const events = results.flatMap((r) => r.data ?? []).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)).slice(0, SHOWN);
  return { events, isPending: results.some((r) => r.isPending) };
}

export function toSignalboxEvent(event: EventDetail): SignalboxEvent {
  return {
    id: event.id, type: event.type, source: event.source, severity: event.severity as SignalboxEvent['severity'], timestamp: event.timestamp,
    ...(event.subject ? { subject: event.subject } : {}), data: event.data,
  };
}

/** One chosen real event, in full (the feed lists no payloads); it cannot change, so it is fetched once. */
export function useChosenEvent(id: string | null) {
  return useQuery({
    queryKey: ['events', id, 'as-sample'],
    queryFn: async () => toSignalboxEvent(await eventsApi.get(id!)),
    enabled: id !== null,
    staleTime: Infinity,
  });
}
