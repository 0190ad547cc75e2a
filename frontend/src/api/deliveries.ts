import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Message } from '@signalbox/route-model';
import { api, toPage } from './http.js';

export type DeliveryStatus = 'pending' | 'sending' | 'retrying' | 'sent' | 'failed';
export const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'retrying', 'sent', 'failed'];

export interface DeliveryAttempt {
  attempt?: number;
  at?: string;
  startedAt?: string;
  statusCode?: number | null;
  latencyMs?: number | null;
  error?: string | null;
  responseExcerpt?: string | null;
}

export interface Delivery {
  id: string;
  eventId: string;
  eventType?: string;
  routeId: string;
  routeName?: string;
  routeVersion?: number;
  nodeId?: string;
  channelId: string;
  channelName?: string;
  status: DeliveryStatus;
  attemptCount?: number;
  lastStatusCode?: number | null;
  lastError?: string | null;
  latencyMs?: number | null;
  message?: Message | null;
  attempts?: DeliveryAttempt[];
  createdAt: string;
  updatedAt?: string;
  deliveredAt?: string | null;
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
  get: (id: string) => api.get<Delivery>(`/v1/deliveries/${id}`),
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
