import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http.js';

export type Severity = 'critical' | 'high' | 'warning' | 'info';

export interface Source {
  id: string;
  preset: string;
  name: string;
  verification: string;
  /** Path only; the page prefixes the origin. For unsigned tools it carries the secret token. */
  hookUrl: string;
  secretHint: string | null;
  severityOverrides: Record<string, Severity>;
  mapping: string | null;
  lastReceivedAt: string | null;
  lastRejectedAt: string | null;
  lastRejectionReason: string | null;
}

export interface SourceDetail extends Source {
  recentRejections: Array<{ id: string; status: number; reason: string; remoteAddress: string | null; receivedAt: string }>;
}

export interface SourcePreset {
  id: string;
  name: string;
  description: string;
  verification: string;
}

export interface SourceInput {
  preset: string;
  name: string;
  signingSecret?: string;
  mapping?: string;
}

export interface PreviewEvent {
  id: string;
  type: string;
  severity: Severity;
  subject?: string;
  data: Record<string, unknown>;
}

export const sourcesApi = {
  list: async () => (await api.get<{ items: Source[] }>('/v1/sources')).items,
  presets: async () => (await api.get<{ items: SourcePreset[] }>('/v1/sources/presets')).items,
  get: (id: string) => api.get<SourceDetail>(`/v1/sources/${id}`),
  create: (input: SourceInput) => api.post<Source>('/v1/sources', input),
  remove: (id: string) => api.delete<void>(`/v1/sources/${id}`),
  preview: (input: { sample: unknown; mapping: string }) => api.post<{ events: PreviewEvent[] }>('/v1/sources/preview', input),
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
