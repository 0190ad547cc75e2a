import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type RequestBody, type ResponseBody } from '../../api/http.js';

// Shapes come from the API's OpenAPI document (@signalbox/api-client).
export type Silence = ResponseBody<'/v1/silences/{id}', 'patch'>;
export type SilencePreview = ResponseBody<'/v1/silences/preview', 'post'>;
export type MuteTiming = ResponseBody<'/v1/mute-timings', 'get'>['items'][number];
type CreateSilenceInput = RequestBody<'/v1/silences', 'post'>;
type UpdateSilenceInput = RequestBody<'/v1/silences/{id}', 'patch'>;
type PreviewSilenceInput = RequestBody<'/v1/silences/preview', 'post'>;
type MuteTimingInput = RequestBody<'/v1/mute-timings', 'post'>;
const byId = (id: string) => ({ params: { path: { id } } });

export const silencesApi = {
  list: async () => (await call(client.GET('/v1/silences'))).items,
  create: (input: CreateSilenceInput) => call(client.POST('/v1/silences', { body: input })),
  update: (id: string, input: UpdateSilenceInput) => call(client.PATCH('/v1/silences/{id}', { ...byId(id), body: input })),
  expire: (id: string) => call(client.POST('/v1/silences/{id}/expire', byId(id))),
  preview: (input: PreviewSilenceInput) => call(client.POST('/v1/silences/preview', { body: input })),
  muteTimings: async () => (await call(client.GET('/v1/mute-timings'))).items,
  createMuteTiming: (input: MuteTimingInput) => call(client.POST('/v1/mute-timings', { body: input })),
  deleteMuteTiming: (id: string) => call(client.DELETE('/v1/mute-timings/{id}', byId(id))),
};

export const useSilences = () => useQuery({ queryKey: ['silences'], queryFn: silencesApi.list, refetchInterval: 30_000 });
export const useMuteTimings = () => useQuery({ queryKey: ['mute-timings'], queryFn: silencesApi.muteTimings });

export function useSilenceMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['silences'] });
  return {
    create: useMutation({ mutationFn: silencesApi.create, onSuccess: refresh }),
    extend: useMutation({ mutationFn: ({ id, endsAt }: { id: string; endsAt: string }) => silencesApi.update(id, { endsAt }), onSuccess: refresh }),
    expire: useMutation({ mutationFn: silencesApi.expire, onSuccess: refresh }),
  };
}

export function useMuteTimingMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['mute-timings'] });
  return {
    create: useMutation({ mutationFn: silencesApi.createMuteTiming, onSuccess: refresh }),
    remove: useMutation({ mutationFn: silencesApi.deleteMuteTiming, onSuccess: refresh }),
  };
}
