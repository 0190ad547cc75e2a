import { useQuery } from '@tanstack/react-query';
import type { CatalogueEntry } from '@signalbox/route-model';
import { call, client } from './http.js';

// route-model's CatalogueEntry is the zod type the API answers with; the document types `sample` as an open object.
export type { CatalogueEntry };

export async function listEventTypes(): Promise<CatalogueEntry[]> {
  return (await call(client.GET('/v1/event-types'))).items as unknown as CatalogueEntry[];
}

/** The catalogue changes only with a deploy, so it is cached for the whole session. */
export function useEventTypes() {
  return useQuery({ queryKey: ['event-types'], queryFn: listEventTypes, staleTime: Infinity });
}
