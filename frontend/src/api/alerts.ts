import { useInfiniteQuery } from '@tanstack/react-query';
import type { AlertView } from '@signalbox/route-model';
import { call, client } from './http.js';

export type { AlertView } from '@signalbox/route-model';
export type AlertStatus = AlertView['status'];

/** `GET /v1/alerts`: the shapes are the zod contract in libs/route-model (alert.contract.ts) the API answers with. */
export const alertsApi = {
  list: (status: AlertStatus, cursor?: string) => call(client.GET('/v1/alerts', { params: { query: { status, limit: 50, ...(cursor && { cursor }) } } })),
};

export function useAlerts(status: AlertStatus) {
  return useInfiniteQuery({
    queryKey: ['alerts', status],
    queryFn: ({ pageParam }) => alertsApi.list(status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: 10_000, // problems open and recover while the page is open
  });
}
