import { useQuery } from '@tanstack/react-query';
import type { CatalogueEntry } from '@signalbox/route-model';
import { api, toPage } from './http.js';

export type { CatalogueEntry };

export async function listEventTypes(): Promise<CatalogueEntry[]> {
  return toPage<CatalogueEntry>(await api.get('/v1/event-types')).items;
}

/** The catalogue changes only with a deploy, so it is cached for the whole session. */
export function useEventTypes() {
  return useQuery({ queryKey: ['event-types'], queryFn: listEventTypes, staleTime: Infinity });
}
