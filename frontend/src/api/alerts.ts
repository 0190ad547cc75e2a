import { useInfiniteQuery } from '@tanstack/react-query';
import type { AlertList, AlertView } from '@signalbox/route-model';
import { api } from './http.js';

export type { AlertView } from '@signalbox/route-model';
export type AlertStatus = AlertView['status'];

/** `GET /v1/alerts`: the shapes are the zod contract in libs/route-model (alert.contract.ts) the API answers with. */
export const alertsApi = {
  list: (status: AlertStatus, cursor?: string) => api.get<AlertList>('/v1/alerts', { status, limit: 50, cursor }),
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
