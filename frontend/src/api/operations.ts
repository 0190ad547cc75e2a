import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventFilters } from './events.js';
import { call, client, compact, type RequestBody } from './http.js';

export type BulkResendFilter = RequestBody<'/v1/deliveries/resend', 'post'>;

/** Each call carries the key of one user action, so a retried request never repeats the action. */
export const operationsApi = {
  replayEvent: ({ id, key }: { id: string; key: string }) =>
    call(client.POST('/v1/events/{id}/replay', { params: { path: { id }, header: { 'Idempotency-Key': key } } })),
  replayEvents: ({ filters, key }: { filters: EventFilters & { limit?: number }; key: string }) =>
    call(client.POST('/v1/events/replay', { params: { header: { 'Idempotency-Key': key } }, body: compact(filters) as RequestBody<'/v1/events/replay', 'post'> })),
  resendFailed: ({ filter, key }: { filter: BulkResendFilter; key: string }) =>
    call(client.POST('/v1/deliveries/resend', { params: { header: { 'Idempotency-Key': key } }, body: compact(filter) })),
};

export function useReplay() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['events'] });
  return {
    one: useMutation({ mutationFn: operationsApi.replayEvent, onSuccess }),
    many: useMutation({ mutationFn: operationsApi.replayEvents, onSuccess }),
  };
}

export function useBulkResend() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: operationsApi.resendFailed, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deliveries'] }) });
}
