import { useSearchParams } from 'react-router';
import type { EventFilters } from '../../api/events.js';
import { TIME_WINDOWS } from '../deliveries/useDeliveryFilters.js';

/** Filters live in the address bar, so a filtered feed can be shared or reloaded as it is. */
export function useEventFilters() {
  const [params, setParams] = useSearchParams();
  const window = params.get('window') ?? '24h';
  const ms = TIME_WINDOWS.find((w) => w.value === window)?.ms ?? 0;
  // Rounded to the minute so the query key (and cache) is stable across renders.
  const from = ms ? new Date(Math.floor((Date.now() - ms) / 60_000) * 60_000).toISOString() : undefined;
  const filters: EventFilters = {
    outcome: params.get('outcome') ?? undefined,
    type: params.get('type') ?? undefined,
    source: params.get('source') ?? undefined,
    severity: params.get('severity') ?? undefined,
    q: params.get('q') ?? undefined,
    from,
  };
  const set = (key: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return { filters, window, set };
}
