import { useSearchParams } from 'react-router';
import type { DeliveryFilters } from '../../api/deliveries.js';

export const TIME_WINDOWS = [
  { value: '1h', label: 'Last hour', ms: 3_600_000 },
  { value: '24h', label: 'Last 24 hours', ms: 86_400_000 },
  { value: '7d', label: 'Last 7 days', ms: 7 * 86_400_000 },
  { value: 'all', label: 'Any time', ms: 0 },
] as const;

/** Filters live in the address bar, so a filtered log can be shared or reloaded as it is. */
export function useDeliveryFilters() {
  const [params, setParams] = useSearchParams();
  const window = params.get('window') ?? '24h';
  const ms = TIME_WINDOWS.find((w) => w.value === window)?.ms ?? 0;
  // Rounded to the minute so the query key (and cache) is stable across renders.
  const since = ms ? new Date(Math.floor((Date.now() - ms) / 60_000) * 60_000).toISOString() : undefined;
  const filters: DeliveryFilters = {
    status: params.get('status') ?? undefined,
    routeId: params.get('routeId') ?? undefined,
    channelId: params.get('channelId') ?? undefined,
    // Error classes describe failures only: the filter applies on the Failed tab.
    errorClass: params.get('status') === 'failed' ? (params.get('errorClass') ?? undefined) : undefined,
    since,
  };
  const set = (key: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return { filters, window, openId: params.get('delivery'), set };
}
