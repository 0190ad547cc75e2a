import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Message } from '@signalbox/route-model';
import { call, client, compact, type QueryParams, type ResponseBody } from './http.js';

/**
 * `held`: waiting for its paused channel to resume (up to the worker's hold, 24 h by default).
 * `silenced` / `muted`: a silence / mute timing stopped it (silenceId / muteTimingId say which); nothing was sent.
 */
export type DeliveryStatus = Delivery['status'];
export const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'retrying', 'held', 'delivered', 'failed', 'silenced', 'muted'];

/** A row of the log. */
export type Delivery = ResponseBody<'/v1/deliveries', 'get'>['items'][number];
/** One delivery with every attempt and the rendered message (route-model's Message; the document types it as an open object). */
export type DeliveryDetail = Omit<ResponseBody<'/v1/deliveries/{id}', 'get'>, 'message'> & { message: Message | null };
export type DeliveryAttempt = DeliveryDetail['attemptList'][number];

/** The API's error classes of a failed delivery (one definition: delivery-error-class.sql.ts). */
export const DELIVERY_ERROR_CLASSES = ['rate_limited', 'client_error', 'server_error', 'timeout', 'network', 'channel', 'other'] as const;

export type DeliveryFilters = Pick<QueryParams<'/v1/deliveries', 'get'>, 'routeId' | 'channelId' | 'since' | 'until'> & { status?: string; errorClass?: string };

export const deliveriesApi = {
  list: (filters: DeliveryFilters & { limit?: number; cursor?: string }) =>
    call(client.GET('/v1/deliveries', { params: { query: compact(filters) as QueryParams<'/v1/deliveries', 'get'> } })),
  get: async (id: string) => (await call(client.GET('/v1/deliveries/{id}', { params: { path: { id } } }))) as DeliveryDetail,
  /** One key per click: a retried request for the same click does not send twice. */
  resend: ({ id, idempotencyKey }: { id: string; idempotencyKey: string }) =>
    call(client.POST('/v1/deliveries/{id}/resend', { params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } } })),
  /** Stops a retrying (or held) delivery: it ends `failed` with the reason a moment later. */
  cancel: (id: string) => call(client.POST('/v1/deliveries/{id}/cancel', { params: { path: { id } }, body: {} })),
};

/** What `POST /v1/deliveries/:id/resend` answers: the new delivery appears under the same event as `nodeId`. */
export type ResendAccepted = ResponseBody<'/v1/deliveries/{id}/resend', 'post'>;

/** Settled deliveries can be resent: the stored message goes again, as a new delivery with a new idempotency key. */
export const RESEND_AVAILABLE = true;
export const canResend = (status: DeliveryStatus) => status === 'delivered' || status === 'failed';
/** A resend's node id is `<send node>#resend-<n>`. */
export const resentFrom = (nodeId: string): string | null => (nodeId.includes('#resend-') ? nodeId.slice(0, nodeId.indexOf('#resend-')) : null);

export function useDeliveries(filters: DeliveryFilters) {
  return useInfiniteQuery({
    queryKey: ['deliveries', filters],
    queryFn: ({ pageParam }) => deliveriesApi.list({ ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: 10_000, // a log people watch while they test a route
  });
}

export function useDelivery(id: string | null) {
  return useQuery({ queryKey: ['deliveries', 'one', id], queryFn: () => deliveriesApi.get(id!), enabled: !!id });
}

export function useResendDelivery() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deliveriesApi.resend, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deliveries'] }) });
}

export function useCancelDelivery() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deliveriesApi.cancel, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deliveries'] }) });
}

/** Recent deliveries of one channel, for its health column (last success, failure rate). */
export function useChannelRecentDeliveries(channelId: string) {
  return useQuery({
    queryKey: ['deliveries', 'channel-health', channelId],
    queryFn: () => deliveriesApi.list({ channelId, limit: 50 }),
    staleTime: 30_000,
  });
}
