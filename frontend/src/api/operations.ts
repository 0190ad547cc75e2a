import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventFilters } from './events.js';
import { request } from './http.js';

/** A recorded bulk action (`GET /v1/operations`): who, when, what was asked, what it started. */
export interface Operation<R = Record<string, unknown>> {
  id: string;
  kind: 'bulk_resend' | 'replay';
  idempotencyKey: string;
  actor: string;
  request: Record<string, unknown>;
  targets: string[];
  result: R | null;
  createdAt: string;
  finishedAt: string | null;
}

export type ReplayResult = { replays: Array<{ eventId: string; replayId: string; matchedRouteCount: number }>; missing: string[] };
export type BulkResendResult = { started: Array<{ workflowId: string; eventId: string; nodeId: string; resendOf: string }>; skipped: Array<{ deliveryId: string; reason: string }> };

export interface BulkResendFilter {
  channelId?: string;
  routeId?: string;
  errorClass?: string;
  since?: string;
  until?: string;
  limit?: number;
}

/** Each call carries the key of one user action, so a retried request never repeats the action. */
export const operationsApi = {
  replayEvent: ({ id, key }: { id: string; key: string }) =>
    request<Operation<ReplayResult>>('POST', `/v1/events/${encodeURIComponent(id)}/replay`, { body: {}, headers: { 'Idempotency-Key': key } }),
  replayEvents: ({ filters, key }: { filters: EventFilters & { limit?: number }; key: string }) =>
    request<Operation<ReplayResult>>('POST', '/v1/events/replay', { body: withoutEmpty(filters), headers: { 'Idempotency-Key': key } }),
  resendFailed: ({ filter, key }: { filter: BulkResendFilter; key: string }) =>
    request<Operation<BulkResendResult>>('POST', '/v1/deliveries/resend', { body: withoutEmpty(filter), headers: { 'Idempotency-Key': key } }),
};

const withoutEmpty = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));

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
