import { useQuery } from '@tanstack/react-query';
import type { RJSFSchema } from '@rjsf/utils';
import type { EscapeMode } from '@signalbox/route-model';
import { call, client, type ResponseBody } from './http.js';

/** `configSchema` is the plugin's JSON Schema for its channel config (the form renders it); `escape` a route-model EscapeMode. */
export type Plugin = Omit<ResponseBody<'/v1/plugins', 'get'>['items'][number], 'configSchema' | 'escape'> & { configSchema: RJSFSchema; escape?: EscapeMode };

export async function listPlugins(): Promise<Plugin[]> {
  return (await call(client.GET('/v1/plugins'))).items as Plugin[];
}

export function usePlugins() {
  return useQuery({ queryKey: ['plugins'], queryFn: listPlugins, staleTime: Infinity });
}
