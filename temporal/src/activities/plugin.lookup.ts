import type { ChannelDefinition } from '@signalbox/plugin-sdk';

/**
 * What the worker needs from the SDK's plugin registry: a lookup by id. Structural, so the registry from
 * `createPluginRegistry` and a test's hand-made map both fit.
 */
export interface PluginLookup {
  get(id: string): ChannelDefinition | undefined;
}
