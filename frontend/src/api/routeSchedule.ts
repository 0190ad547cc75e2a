import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type ResponseBody } from './http.js';

export type RouteScheduleView = ResponseBody<'/v1/routes/{id}/schedule', 'get'>;
const byId = (id: string) => ({ params: { path: { id } } });

const scheduleApi = {
  get: (id: string) => call(client.GET('/v1/routes/{id}/schedule', byId(id))),
  pause: (id: string) => call(client.POST('/v1/routes/{id}/schedule/pause', { ...byId(id), body: { note: 'Paused in the editor' } })),
  resume: (id: string) => call(client.POST('/v1/routes/{id}/schedule/resume', { ...byId(id), body: { note: 'Resumed in the editor' } })),
  run: (id: string) => call(client.POST('/v1/routes/{id}/schedule/run', byId(id))),
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
