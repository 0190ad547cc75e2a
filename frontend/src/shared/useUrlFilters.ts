import { useSearchParams } from 'react-router';

export const TIME_WINDOWS = [
  { value: '1h', label: 'Last hour', ms: 3_600_000 },
  { value: '24h', label: 'Last 24 hours', ms: 86_400_000 },
  { value: '7d', label: 'Last 7 days', ms: 7 * 86_400_000 },
  { value: 'all', label: 'Any time', ms: 0 },
] as const;

/**
 * Filters that live in the address bar, so a filtered list can be shared or reloaded as it is. `get` reads
 * one (absent → undefined), `set` writes or clears one, and the time window becomes its start instant.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const window = params.get('window') ?? '24h';
  const ms = TIME_WINDOWS.find((w) => w.value === window)?.ms ?? 0;
  // Rounded to the minute so the query key (and cache) is stable across renders.
  const windowStart = ms ? new Date(Math.floor((Date.now() - ms) / 60_000) * 60_000).toISOString() : undefined;
  const get = (key: string) => params.get(key) ?? undefined;
  const set = (key: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return { get, set, window, windowStart };
}
