import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Message } from '@signalbox/route-model';
import { api, toPage } from './http.js';

export type DeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'failed';
export const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'retrying', 'delivered', 'failed'];

export interface DeliveryAttempt {
  attempt: number;
  outcome: 'delivered' | 'retryable_error' | 'permanent_error';
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
}

/** One delivery with every attempt and the rendered message. */
export interface DeliveryDetail extends Delivery {
  idempotencyKey: string;
  message: Message | null;
  updatedAt: string;
  attemptList: DeliveryAttempt[];
}

export interface DeliveryFilters {
  status?: string;
  routeId?: string;
  channelId?: string;
  since?: string;
  until?: string;
}

export const deliveriesApi = {
  list: async (filters: DeliveryFilters & { limit?: number; cursor?: string }) => toPage<Delivery>(await api.get('/v1/deliveries', { ...filters })),
  get: (id: string) => api.get<DeliveryDetail>(`/v1/deliveries/${id}`),
  resend: (id: string) => api.post<Delivery>(`/v1/deliveries/${id}/resend`),
};

/** Resend is shown only once the API has the endpoint (it is not in the v1 contract yet). */
export const RESEND_AVAILABLE = false;

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

/** Recent deliveries of one channel, for its health column (last success, failure rate). */
export function useChannelRecentDeliveries(channelId: string) {
  return useQuery({
    queryKey: ['deliveries', 'channel-health', channelId],
    queryFn: () => deliveriesApi.list({ channelId, limit: 50 }),
    staleTime: 30_000,
  });
}
