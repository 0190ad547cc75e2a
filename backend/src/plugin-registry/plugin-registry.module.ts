import { Global, Module } from '@nestjs/common';
import webhook from '@signalbox/channel-webhook';
import { createPluginRegistry, type ChannelDefinition } from '@signalbox/plugin-sdk';
import { PLUGIN_REGISTRY } from './plugin-registry.tokens.js';

/** Channels shipped with Signalbox. Discovery of installed npm plugins (PLUGINS_DIR) comes later. */
export const BUILT_IN_CHANNELS = [webhook as unknown as ChannelDefinition<Record<string, unknown>, unknown>];

@Global()
@Module({
  providers: [{ provide: PLUGIN_REGISTRY, useFactory: () => createPluginRegistry(BUILT_IN_CHANNELS) }],
  exports: [PLUGIN_REGISTRY],
})
export class PluginRegistryModule {}
