import type { DeliveryFilters } from '../../api/deliveries.js';
import { useUrlFilters } from '../../shared/useUrlFilters.js';

export function useDeliveryFilters() {
  const { get, set, window, windowStart } = useUrlFilters();
  const filters: DeliveryFilters = {
    status: get('status'),
    routeId: get('routeId'),
    channelId: get('channelId'),
    // Error classes describe failures only: the filter applies on the Failed tab.
    errorClass: get('status') === 'failed' ? get('errorClass') : undefined,
    since: windowStart,
  };
  return { filters, window, openId: get('delivery') ?? null, set };
}
