import { discoverChannelPlugins } from './plugin.discover.js';
import { createPluginRegistry, type PluginRegistry } from './plugin.registry.js';
import { defaultSearchRoots } from './plugin.roots.js';

export interface LoadPluginsOptions {
  /** Where the host process lives (its module's directory): the application's own node_modules are scanned (see defaultSearchRoots). */
  from: string;
  /** PLUGINS_DIR: drop-in plugin folders. */
  pluginsDir?: string;
  /** Overrides the roots derived from `from`. */
  searchRoots?: string[];
}

/**
 * What API and worker call at start: discover every installed and dropped-in channel, then build the registry
 * (catalogue with provenance). Throws PluginDiscoveryError listing every problem — refuse to start half-equipped.
 */
export async function loadPluginRegistry(options: LoadPluginsOptions): Promise<PluginRegistry> {
  const plugins = await discoverChannelPlugins({
    searchRoots: options.searchRoots ?? defaultSearchRoots(options.from),
    ...(options.pluginsDir ? { pluginsDir: options.pluginsDir } : {}),
  });
  return createPluginRegistry(plugins);
}
