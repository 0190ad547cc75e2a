import { useQuery } from '@tanstack/react-query';
import { api } from './http.js';

export interface UiConfig {
  temporalUiUrl: string | null;
  temporalNamespace: string;
  tenantId: string;
}

/** Server settings the UI links with; they change only on a restart, so fetched once. */
export function useUiConfig() {
  return useQuery({ queryKey: ['ui-config'], queryFn: () => api.get<UiConfig>('/v1/ui-config'), staleTime: Infinity });
}

/** The event's routeEvent workflow in the Temporal UI (id `evt:<tenant>:<event>`), or undefined without a Temporal UI. */
export function temporalWorkflowUrl(config: UiConfig | undefined, eventId: string): string | undefined {
  if (!config?.temporalUiUrl) return undefined;
  const workflowId = `evt:${config.tenantId}:${eventId}`;
  return `${config.temporalUiUrl}/namespaces/${encodeURIComponent(config.temporalNamespace)}/workflows/${encodeURIComponent(workflowId)}`;
}
