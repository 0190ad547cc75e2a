import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouteScheduleView } from '@signalbox/route-model';
import { api } from './http.js';

export type { RouteScheduleView } from '@signalbox/route-model';

const scheduleApi = {
  get: (id: string) => api.get<RouteScheduleView>(`/v1/routes/${id}/schedule`),
  pause: (id: string) => api.post<RouteScheduleView>(`/v1/routes/${id}/schedule/pause`, { note: 'Paused in the editor' }),
  resume: (id: string) => api.post<RouteScheduleView>(`/v1/routes/${id}/schedule/resume`, { note: 'Resumed in the editor' }),
  run: (id: string) => api.post<RouteScheduleView>(`/v1/routes/${id}/schedule/run`),
};

/** `live` changes (publish, enable, disable) refetch: the API creates, updates or removes the schedule then. */
const scheduleKey = (id: string, live: string) => ['routes', id, 'schedule', live] as const;

export function useRouteSchedule(id: string, live: string, enabled: boolean) {
  return useQuery({ queryKey: scheduleKey(id, live), queryFn: () => scheduleApi.get(id), enabled, refetchInterval: 15_000 });
}

export function useRouteScheduleActions(id: string, live: string) {
  const queryClient = useQueryClient();
  const settle = (view: RouteScheduleView) => queryClient.setQueryData(scheduleKey(id, live), view);
  return {
    pause: useMutation({ mutationFn: () => scheduleApi.pause(id), onSuccess: settle }),
    resume: useMutation({ mutationFn: () => scheduleApi.resume(id), onSuccess: settle }),
    run: useMutation({ mutationFn: () => scheduleApi.run(id), onSuccess: settle }),
  };
}
