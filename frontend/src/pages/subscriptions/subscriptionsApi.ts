import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type RequestBody, type ResponseBody } from '../../api/http.js';

export type Subscriptions = ResponseBody<'/v1/channels/{id}/subscriptions', 'get'>;
export type SubscriptionGroupData = Subscriptions['groups'][number];
export type SubscriptionsInput = RequestBody<'/v1/channels/{id}/subscriptions', 'put'>;

const keyOf = (channelId: string) => ['channels', channelId, 'subscriptions'];
const byId = (id: string) => ({ params: { path: { id } } });

export function useSubscriptions(channelId: string) {
  return useQuery({ queryKey: keyOf(channelId), queryFn: () => call(client.GET('/v1/channels/{id}/subscriptions', byId(channelId))) });
}

/** Saving publishes the generated route, so the routes list (and the editor's copy of it) refresh too. */
export function useSaveSubscriptions(channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubscriptionsInput) => call(client.PUT('/v1/channels/{id}/subscriptions', { ...byId(channelId), body: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(keyOf(channelId), saved);
      void queryClient.invalidateQueries({ queryKey: ['routes'] });
    },
  });
}
