import type { AnyChannelDefinition } from '../channel.types.js';
import { getPath, isBag } from '../host/secret-path.util.js';
import { maskUrl } from './destination.mask.js';

type Bag = Record<string, unknown>;
const MAX_LENGTH = 120;

/**
 * Where a channel points, for the channel list: the plugin's own `describeDestination` when it has one, else a
 * generic fallback that only looks at non-secret top-level URL fields (shown as their masked host). Whatever the
 * plugin answers, a result that contains a whole secret value is refused, so a buggy plugin cannot leak one.
 */
export function describeChannelDestination(definition: AnyChannelDefinition, fullConfig: Bag): string | null {
  const secrets = definition.secrets.map((path) => getPath(fullConfig, path)).flatMap(leaves).filter((s) => s.length >= 4);
  let description: string | null = null;
  try {
    description = definition.describeDestination ? definition.describeDestination(fullConfig) : genericDestination(definition, fullConfig);
  } catch {
    description = null;
  }
  if (typeof description !== 'string' || !description.trim()) return null;
  if (secrets.some((secret) => description!.includes(secret))) return null;
  return description.length > MAX_LENGTH ? `${description.slice(0, MAX_LENGTH - 1)}…` : description;
}

function genericDestination(definition: AnyChannelDefinition, config: Bag): string | null {
  const secretKeys = new Set(definition.secrets.map((path) => path.split('.')[0]));
  for (const [key, value] of Object.entries(config)) {
    if (secretKeys.has(key) || typeof value !== 'string' || !/^https?:\/\//i.test(value)) continue;
    return maskUrl(value);
  }
  return null;
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  return isBag(value) ? Object.values(value).flatMap(leaves) : [];
}
