import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Message } from '@signalbox/route-model';
import { api, request, toPage } from './http.js';

/**
 * `held`: waiting for its paused channel to resume (up to the worker's hold, 24 h by default).
 * `silenced` / `muted`: a silence / mute timing stopped it (silenceId / muteTimingId say which); nothing was sent.
 */
export type DeliveryStatus = 'pending' | 'retrying' | 'held' | 'delivered' | 'failed' | 'silenced' | 'muted';
export const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'retrying', 'held', 'delivered', 'failed', 'silenced', 'muted'];

export interface DeliveryAttempt {
  attempt: number;
  outcome: 'delivered' | 'retryable_error' | 'permanent_error' | 'in_flight' | 'interrupted';
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseExcerpt: string | null;
  startedAt: string;
}

/** A row of the log. */
export interface Delivery {
  id: string;
  eventId: string;
  routeId: string;
  routeVersionId: string;
  nodeId: string;
  channelId: string;
  status: DeliveryStatus;
  /** How many attempts so far. */
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  /** Status silenced: the silence that matched; status muted: the send node's mute timing. */
  silenceId?: string | null;
  muteTimingId?: string | null;
  /** Joined by the log (absent on an event's own delivery list). */
  eventType?: string | null;
  eventSubject?: string | null;
  routeName?: string | null;
  /** For a manual resend: the send node it repeats. */
  resendOf?: string | null;
  /** For a failed delivery: why, in classes (see DELIVERY_ERROR_CLASSES). */
  errorClass?: string | null;
}

/** The API's error classes of a failed delivery (one definition: delivery-error-class.sql.ts). */
export const DELIVERY_ERROR_CLASSES = ['rate_limited', 'client_error', 'server_error', 'timeout', 'network', 'channel', 'other'] as const;

/** One delivery with every attempt and the rendered message. */
export interface DeliveryDetail extends Delivery {
  idempotencyKey: string;
  message: Message | null;
  updatedAt: string;
  /** The retry policy's attempt budget: "attempt N of M". */
  maxAttempts: number | null;
  /** While retrying: when the next attempt is due. */
  nextAttemptAt: string | null;
  /** Retrying or held: the retry can be cancelled. */
  cancellable: boolean;
  attemptList: DeliveryAttempt[];
}

export interface DeliveryFilters {
  status?: string;
  routeId?: string;
  channelId?: string;
  errorClass?: string;
  since?: string;
  until?: string;
}

export const deliveriesApi = {
  list: async (filters: DeliveryFilters & { limit?: number; cursor?: string }) => toPage<Delivery>(await api.get('/v1/deliveries', { ...filters })),
  get: (id: string) => api.get<DeliveryDetail>(`/v1/deliveries/${id}`),
  /** One key per click: a retried request for the same click does not send twice. */
  resend: ({ id, idempotencyKey }: { id: string; idempotencyKey: string }) =>
    request<ResendAccepted>('POST', `/v1/deliveries/${id}/resend`, { body: {}, headers: { 'Idempotency-Key': idempotencyKey } }),
  /** Stops a retrying (or held) delivery: it ends `failed` with the reason a moment later. */
  cancel: (id: string) => request<{ id: string; cancelled: true }>('POST', `/v1/deliveries/${id}/cancel`, { body: {} }),
};

/** What `POST /v1/deliveries/:id/resend` answers: the new delivery appears under the same event as `nodeId`. */
export interface ResendAccepted {
  workflowId: string;
  eventId: string;
  nodeId: string;
  resendOf: string;
}

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
