import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, toPage } from './http.js';

/** Secrets come back masked with this value; sending it back (or nothing) keeps the stored secret. */
export const MASKED_SECRET = '********';

export interface Channel {
  id: string;
  name: string;
  pluginId: string;
  config: Record<string, unknown>;
  paused: boolean;
  /** Set by the worker (410 Gone, or only failures for too long): sends fail until someone enables it. */
  disabledAt?: string | null;
  disabledReason?: string | null;
  /** Deliveries waiting for this channel to resume (a paused channel holds, it does not drop). */
  heldCount?: number;
  /** Sends per second to this destination; null = the plugin's own limit. */
  ratePerSecond?: number | null;
  retryPolicy?: { delaysSeconds: number[]; jitter: number; maxRetryAfterSeconds: number } | null;
  /** Config paths that are secrets (write-only; masked in `config`). */
  secretFields?: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ChannelInput {
  name: string;
  pluginId: string;
  config: Record<string, unknown>;
  paused?: boolean;
}

export interface ChannelTestResult {
  ok: boolean;
  statusCode?: number;
  latencyMs?: number;
  error?: string;
}

export const channelsApi = {
  list: async () => toPage<Channel>(await api.get('/v1/channels')).items,
  get: (id: string) => api.get<Channel>(`/v1/channels/${id}`),
  create: (input: ChannelInput) => api.post<Channel>('/v1/channels', input),
  update: (id: string, patch: Partial<ChannelInput>) => api.patch<Channel>(`/v1/channels/${id}`, patch),
  /** Without `force` the API answers 409 (see `routesInTheWay`) while live routes send to the channel. */
  remove: ({ id, force = false }: { id: string; force?: boolean }) => api.delete<void>(`/v1/channels/${id}${force ? '?force=true' : ''}`),
  test: (id: string) => api.post<ChannelTestResult>(`/v1/channels/${id}/test`),
  setPaused: (id: string, paused: boolean) => api.post<Channel>(`/v1/channels/${id}/${paused ? 'pause' : 'resume'}`),
  enable: (id: string) => api.post<Channel>(`/v1/channels/${id}/enable`),
};

export function useChannels() {
  return useQuery({ queryKey: ['channels'], queryFn: channelsApi.list });
}

/** Create, update, pause and delete all invalidate the list (and the editor's palette, which reads it). */
export function useChannelMutations() {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['channels'] });
  // Routes carry channelIssues (a live route whose channel went away or paused), so they refresh too.
  const invalidateWithRoutes = () => Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: ['routes'] })]);
  return {
    create: useMutation({ mutationFn: channelsApi.create, onSuccess: invalidate }),
    update: useMutation({ mutationFn: ({ id, patch }: { id: string; patch: Partial<ChannelInput> }) => channelsApi.update(id, patch), onSuccess: invalidate }),
    remove: useMutation({ mutationFn: channelsApi.remove, onSuccess: invalidateWithRoutes }),
    setPaused: useMutation({ mutationFn: ({ id, paused }: { id: string; paused: boolean }) => channelsApi.setPaused(id, paused), onSuccess: invalidateWithRoutes }),
    enable: useMutation({ mutationFn: channelsApi.enable, onSuccess: invalidateWithRoutes }),
  };
}

/** The live routes a 409 from a channel delete names, or null when the error is something else. */
export function routesInTheWay(error: unknown): Array<{ id: string; name: string }> | null {
  if (!(error instanceof ApiError) || error.statusCode !== 409 || !Array.isArray(error.details.routes)) return null;
  return error.details.routes as Array<{ id: string; name: string }>;
}
