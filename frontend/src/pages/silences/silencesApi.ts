import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSilenceInput, MuteTimingInput, PreviewSilenceInput, SilenceMatcher, SilenceState, UpdateSilenceInput } from '@signalbox/route-model';
import { api } from '../../api/http.js';

// Request shapes come from the zod contracts the API validates with (libs/route-model silence.schema.ts).
export interface Silence {
  id: string;
  matchers: SilenceMatcher[];
  startsAt: string;
  endsAt: string;
  createdBy: string;
  comment: string;
  state: SilenceState;
}

export interface SilencePreview {
  scanned: number;
  truncated: boolean;
  matched: number;
  events: Array<{ id: string; type: string; source: string; severity: string; subject: string | null; receivedAt: string }>;
}

export interface MuteTiming extends MuteTimingInput {
  id: string;
  mutedNow: boolean;
}

export const silencesApi = {
  list: async () => (await api.get<{ items: Silence[] }>('/v1/silences')).items,
  create: (input: CreateSilenceInput) => api.post<Silence>('/v1/silences', input),
  update: (id: string, input: UpdateSilenceInput) => api.patch<Silence>(`/v1/silences/${id}`, input),
  expire: (id: string) => api.post<Silence>(`/v1/silences/${id}/expire`),
  preview: (input: PreviewSilenceInput) => api.post<SilencePreview>('/v1/silences/preview', input),
  muteTimings: async () => (await api.get<{ items: MuteTiming[] }>('/v1/mute-timings')).items,
  createMuteTiming: (input: MuteTimingInput) => api.post<MuteTiming>('/v1/mute-timings', input),
  deleteMuteTiming: (id: string) => api.delete<void>(`/v1/mute-timings/${id}`),
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
