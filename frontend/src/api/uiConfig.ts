import { useQuery } from '@tanstack/react-query';
import { call, client, type ResponseBody } from './http.js';

export type UiConfig = ResponseBody<'/v1/ui-config', 'get'>;

/** Server settings the UI links with; they change only on a restart, so fetched once. */
export function useUiConfig() {
  return useQuery({ queryKey: ['ui-config'], queryFn: () => call(client.GET('/v1/ui-config')), staleTime: Infinity });
}

/** The event's routeEvent workflow in the Temporal UI (id `evt:<tenant>:<event>`), or undefined without a Temporal UI. */
export function temporalWorkflowUrl(config: UiConfig | undefined, eventId: string): string | undefined {
  if (!config?.temporalUiUrl) return undefined;
  const workflowId = `evt:${config.tenantId}:${eventId}`;
  return `${config.temporalUiUrl}/namespaces/${encodeURIComponent(config.temporalNamespace)}/workflows/${encodeURIComponent(workflowId)}`;
}
