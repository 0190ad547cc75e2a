/** Nest injection token for the installed channel plugins (`PluginRegistry` from @signalbox/plugin-sdk). */
export const PLUGIN_REGISTRY = Symbol('PLUGIN_REGISTRY');
