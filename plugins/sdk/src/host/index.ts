// The HOST side of the SDK (`@signalbox/plugin-sdk/host`): what Signalbox itself uses to discover, load, configure
// and invoke plugins. Not part of the author API — plugin code imports `@signalbox/plugin-sdk` (and `/testing`).
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
export { getPath, setPath, deletePath, stringLeaves, cloneJson } from './secret-path.util.js';
export { describeChannelDestination } from '../destination/destination.describe.js';
