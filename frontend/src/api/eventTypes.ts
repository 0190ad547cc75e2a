import { useQuery } from '@tanstack/react-query';
import type { CatalogueEntry } from '@signalbox/route-model';
import { call, client, type ResponseBody } from './http.js';

type ApiEventType = ResponseBody<'/v1/event-types', 'get'>['items'][number];

/**
 * route-model's CatalogueEntry is the zod type the API answers with (the document types `sample` as an open
 * object), plus where the type comes from: built-in documentation or this organisation's own traffic.
 */
export type EventTypeItem = CatalogueEntry & Pick<ApiEventType, 'source' | 'adminDescription' | 'lastSeenAt' | 'count' | 'countLimit'>;
export type { CatalogueEntry };

export async function listEventTypes(): Promise<EventTypeItem[]> {
  return (await call(client.GET('/v1/event-types'))).items as unknown as EventTypeItem[];
}

/** Built-in types change only with a deploy, but seen types arrive with traffic: refreshed each minute at most. */
export function useEventTypes() {
  return useQuery({ queryKey: ['event-types'], queryFn: listEventTypes, staleTime: 60_000 });
}
