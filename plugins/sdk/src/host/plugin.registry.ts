import type { AnyChannelDefinition, ChannelLimits } from '../channel.types.js';
import { configJsonSchema } from '../config/config.schema.js';
import type { JsonSchema } from '../config/json-schema.util.js';
import { ChannelDefinitionError, validateChannelDefinition } from '../define-channel.js';
import { parseConfigWith, type ParsedChannelConfig } from './channel-config.js';
import type { DiscoveredPlugin, PluginSource } from './plugin.discover.js';

type AnyDefinition = AnyChannelDefinition;

export class UnknownPluginError extends Error {
  override name = 'UnknownPluginError';
  constructor(
    readonly pluginId: string,
    known: string[],
  ) {
    super(`Unknown channel plugin "${pluginId}" (installed: ${known.join(', ') || 'none'})`);
  }
}

/** The catalogue entry the API serves to the editor. */
export interface PluginSummary {
  id: string;
  name: string;
  version: string;
  description?: string;
  icon?: string;
  escape: AnyDefinition['escape'];
  limits?: ChannelLimits;
  configSchema: JsonSchema;
  secrets: string[];
  /** Provenance, for plugins found by discovery: `installed` (node_modules) or `plugins-dir` (a drop-in). */
  source?: PluginSource;
  package?: string;
  packageVersion?: string;
}

export interface PluginRegistry {
  /** Throws UnknownPluginError for an id that is not installed. */
  get(id: string): AnyDefinition;
  has(id: string): boolean;
  list(): PluginSummary[];
  parseChannelConfig(pluginId: string, input: unknown): ParsedChannelConfig;
}

function isDiscovered(value: unknown): value is DiscoveredPlugin {
  return typeof value === 'object' && value !== null && 'definition' in value && 'provenance' in value;
}

function sourceOf(origin: DiscoveredPlugin['provenance'] | undefined): Pick<PluginSummary, 'source' | 'package' | 'packageVersion'> {
  return origin ? { source: origin.source, package: origin.package, packageVersion: origin.packageVersion } : {};
}

/**
 * The installed channel set, shared by API and worker. Every definition is validated again here (a package
 * from npm may not have gone through defineChannel) and duplicate ids are refused: both are start-up errors.
 */
export function createPluginRegistry(plugins: Iterable<AnyDefinition | DiscoveredPlugin>): PluginRegistry {
  const byId = new Map<string, AnyDefinition>();
  const provenance = new Map<string, DiscoveredPlugin['provenance']>();
  for (const candidate of plugins) {
    const discovered = isDiscovered(candidate) ? candidate : undefined;
    const definition = (discovered?.definition ?? candidate) as AnyDefinition;
    const problems = validateChannelDefinition(definition);
    if (problems.length > 0) throw new ChannelDefinitionError(String(definition?.id), problems);
    if (byId.has(definition.id)) throw new ChannelDefinitionError(definition.id, ['another installed plugin already uses this id']);
    byId.set(definition.id, definition);
    if (discovered) provenance.set(definition.id, discovered.provenance);
  }
  // Schemas are computed once: the catalogue is served on every editor load.
  const summaries = [...byId.values()].map(
    (d): PluginSummary => ({
      id: d.id,
      name: d.name,
      version: d.version,
      description: d.description,
      icon: d.icon,
      escape: d.escape,
      limits: d.limits,
      configSchema: configJsonSchema(d),
      secrets: [...d.secrets],
      ...sourceOf(provenance.get(d.id)),
    }),
  );

  const get = (id: string): AnyDefinition => {
    const definition = byId.get(id);
    if (!definition) throw new UnknownPluginError(id, [...byId.keys()]);
    return definition;
  };
  return {
    get,
    has: (id) => byId.has(id),
    list: () => structuredClone(summaries),
    parseChannelConfig: (pluginId, input) => parseConfigWith(get(pluginId), input),
  };
}
