export { createPluginRegistry, UnknownPluginError, type PluginRegistry, type PluginSummary } from './plugin.registry.js';
export {
  parseConfigWith,
  mergeSecrets,
  maskConfig,
  restoreMaskedSecrets,
  secretValues,
  MASKED_SECRET,
  type ConfigIssue,
  type ParsedChannelConfig,
} from './channel-config.js';
export { deliverMessage, type DeliverInput, type DeliveryOutcome } from './message.deliver.js';
export { discoverChannelPlugins, PluginDiscoveryError, type DiscoverOptions, type DiscoveredPlugin, type PluginProvenance, type PluginSource } from './plugin.discover.js';
export { PLUGIN_KEYWORD, sdkCompatibility } from './plugin.manifest.js';
export { defaultSearchRoots } from './plugin.roots.js';
export { loadPluginRegistry, type LoadPluginsOptions } from './plugin.load.js';
