import { useQuery } from '@tanstack/react-query';
import { eventsApi } from '../../api/events.js';

/** Whether this organisation has ever sent an event; undefined while unknown. Polls, so the panel leaves by itself. */
export function useHasEvents(): boolean | undefined {
  const query = useQuery({
    queryKey: ['events', 'any'],
    queryFn: async () => (await eventsApi.list({ limit: 1 })).items.length > 0,
    refetchInterval: (q) => (q.state.data ? false : 10_000),
  });
  return query.data;
}
