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
