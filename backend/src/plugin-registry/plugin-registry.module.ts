import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Global, Module } from '@nestjs/common';
import { loadPluginRegistry } from '@signalbox/plugin-sdk/host';
import type { RuntimeConfig } from '../config/config.schema.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { PLUGIN_REGISTRY } from './plugin-registry.tokens.js';

/**
 * The installed channel plugins, discovered at start (the worker loads the same set): packages in node_modules
 * (from this module's location up) declaring `signalbox.channel` + the `signalbox-channel` keyword, plus the
 * drop-in folders in PLUGINS_DIR. Duplicate ids or SDK major mismatches stop the API with one clear error.
 */
@Global()
@Module({
  providers: [
    {
      provide: PLUGIN_REGISTRY,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => loadPluginRegistry({ from: dirname(fileURLToPath(import.meta.url)), pluginsDir: config.PLUGINS_DIR }),
    },
  ],
  exports: [PLUGIN_REGISTRY],
})
export class PluginRegistryModule {}
