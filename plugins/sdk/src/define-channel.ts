import type { ChannelDefinition } from './channel.types.js';

/** Identity at runtime; gives plugin authors type inference for config and payload. */
export function defineChannel<Config extends Record<string, unknown>, Payload>(definition: ChannelDefinition<Config, Payload>) {
  return definition;
}
