import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventFilters } from './events.js';
import type { ResendAccepted } from './deliveries.js';
import { call, client, compact, type RequestBody, type ResponseBody } from './http.js';

/** A recorded bulk action (`GET /v1/operations`): who, when, what was asked, what it started. */
export type Operation<R = Record<string, unknown>> = Omit<ResponseBody<'/v1/events/replay', 'post'>, 'result'> & { result: R | null };

// The document types `result` as an open object (it differs by kind); these are the two kinds' results until the
// backend declares them (then derive them like the rest).
// eslint-disable-next-line no-restricted-syntax -- not in the document yet
export type ReplayResult = { replays: Array<{ eventId: string; replayId: string; matchedRouteCount: number }>; missing: string[] };
// eslint-disable-next-line no-restricted-syntax -- not in the document yet
export type BulkResendResult = { started: Array<ResendAccepted>; skipped: Array<{ deliveryId: string; reason: string }> };
export type BulkResendFilter = RequestBody<'/v1/deliveries/resend', 'post'>;

/** Each call carries the key of one user action, so a retried request never repeats the action. */
export const operationsApi = {
  replayEvent: ({ id, key }: { id: string; key: string }) =>
    call(client.POST('/v1/events/{id}/replay', { params: { path: { id }, header: { 'Idempotency-Key': key } } })) as Promise<Operation<ReplayResult>>,
  replayEvents: ({ filters, key }: { filters: EventFilters & { limit?: number }; key: string }) =>
    call(client.POST('/v1/events/replay', { params: { header: { 'Idempotency-Key': key } }, body: compact(filters) as RequestBody<'/v1/events/replay', 'post'> })) as Promise<Operation<ReplayResult>>,
  resendFailed: ({ filter, key }: { filter: BulkResendFilter; key: string }) =>
    call(client.POST('/v1/deliveries/resend', { params: { header: { 'Idempotency-Key': key } }, body: compact(filter) })) as Promise<Operation<BulkResendResult>>,
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
