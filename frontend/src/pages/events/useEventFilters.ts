import type { EventFilters } from '../../api/events.js';
import { useUrlFilters } from '../../shared/useUrlFilters.js';

export function useEventFilters() {
  const { get, set, window, windowStart } = useUrlFilters();
  const filters: EventFilters = { outcome: get('outcome'), type: get('type'), source: get('source'), severity: get('severity'), q: get('q'), from: windowStart };
  return { filters, window, set };
}
