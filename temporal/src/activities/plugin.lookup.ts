import type { AnyChannelDefinition } from '@signalbox/plugin-sdk';

/**
 * What the worker needs from the SDK's plugin registry (`createPluginRegistry`): `has` before `get`,
 * since the registry's `get` throws for an unknown id. A plain Map fits too (tests).
 */
export interface PluginLookup {
  has(id: string): boolean;
  get(id: string): AnyChannelDefinition | undefined;
}

export const findPlugin = (plugins: PluginLookup, id: string): AnyChannelDefinition | undefined => (plugins.has(id) ? plugins.get(id) : undefined);
