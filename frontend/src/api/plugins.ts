import { useQuery } from '@tanstack/react-query';
import type { RJSFSchema } from '@rjsf/utils';
import type { EscapeMode } from '@signalbox/route-model';
import { api, toPage } from './http.js';

export interface Plugin {
  id: string;
  name: string;
  version: string;
  description?: string;
  /** How template values are escaped for this platform (the live preview renders the same way). */
  escape?: EscapeMode;
  configSchema: RJSFSchema;
  secrets: string[];
}

export async function listPlugins(): Promise<Plugin[]> {
  return toPage<Plugin>(await api.get('/v1/plugins')).items;
}

export function usePlugins() {
  return useQuery({ queryKey: ['plugins'], queryFn: listPlugins, staleTime: Infinity });
}
