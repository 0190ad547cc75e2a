import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, call, client, type RequestBody, type ResponseBody } from './http.js';

/** Secrets come back masked with this value; sending it back (or nothing) keeps the stored secret. */
export const MASKED_SECRET = '********';

export type Channel = ResponseBody<'/v1/channels/{id}', 'get'>;
export type ChannelInput = RequestBody<'/v1/channels', 'post'>;
export type ChannelTestResult = ResponseBody<'/v1/channels/{id}/test', 'post'>;
export type ChannelConfigTest = RequestBody<'/v1/channels/test', 'post'>;

const byId = (id: string) => ({ params: { path: { id } } });

export const channelsApi = {
  list: async () => (await call(client.GET('/v1/channels'))).items,
  get: (id: string) => call(client.GET('/v1/channels/{id}', byId(id))),
  create: (input: ChannelInput) => call(client.POST('/v1/channels', { body: input })),
  update: (id: string, patch: Partial<ChannelInput>) => call(client.PATCH('/v1/channels/{id}', { ...byId(id), body: patch })),
  /** Without `force` the API answers 409 (see `routesInTheWay`) while live routes send to the channel. */
  remove: ({ id, force = false }: { id: string; force?: boolean }) =>
    call(client.DELETE('/v1/channels/{id}', { params: { path: { id }, query: force ? { force: 'true' } : {} } })),
  test: (id: string) => call(client.POST('/v1/channels/{id}/test', byId(id))),
  /** A config not saved yet (with `channelId`: unsaved changes to that channel, its stored secrets reused). */
  testConfig: (input: ChannelConfigTest) => call(client.POST('/v1/channels/test', { body: input })),
  setPaused: (id: string, paused: boolean) => call(paused ? client.POST('/v1/channels/{id}/pause', byId(id)) : client.POST('/v1/channels/{id}/resume', byId(id))),
  enable: (id: string) => call(client.POST('/v1/channels/{id}/enable', byId(id))),
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
