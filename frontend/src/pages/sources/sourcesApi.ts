import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type RequestBody, type ResponseBody } from '../../api/http.js';

// Shapes come from the API's OpenAPI document (@signalbox/api-client).
export type Source = ResponseBody<'/v1/sources', 'get'>['items'][number];
export type SourceDetail = ResponseBody<'/v1/sources/{id}', 'get'>;
export type SourcePreset = ResponseBody<'/v1/sources/presets', 'get'>['items'][number];
export type SourceInput = RequestBody<'/v1/sources', 'post'>;
export type PreviewEvent = ResponseBody<'/v1/sources/preview', 'post'>['events'][number];
export type Severity = PreviewEvent['severity'];
const byId = (id: string) => ({ params: { path: { id } } });

export const sourcesApi = {
  list: async () => (await call(client.GET('/v1/sources'))).items,
  presets: async () => (await call(client.GET('/v1/sources/presets'))).items,
  get: (id: string) => call(client.GET('/v1/sources/{id}', byId(id))),
  create: (input: SourceInput) => call(client.POST('/v1/sources', { body: input })),
  remove: (id: string) => call(client.DELETE('/v1/sources/{id}', byId(id))),
  preview: (input: RequestBody<'/v1/sources/preview', 'post'>) => call(client.POST('/v1/sources/preview', { body: input })),
};

export const useSources = () => useQuery({ queryKey: ['sources'], queryFn: sourcesApi.list });
export const useSourcePresets = () => useQuery({ queryKey: ['sources', 'presets'], queryFn: sourcesApi.presets, staleTime: Infinity });
export const useSource = (id: string | null) => useQuery({ queryKey: ['sources', 'one', id], queryFn: () => sourcesApi.get(id!), enabled: id !== null });

export function useSourceMutations() {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['sources'] });
  return {
    create: useMutation({ mutationFn: sourcesApi.create, onSuccess: invalidate }),
    remove: useMutation({ mutationFn: sourcesApi.remove, onSuccess: invalidate }),
  };
}

export const hookUrlOf = (source: Pick<Source, 'hookUrl'>) => `${window.location.origin}${source.hookUrl}`;
