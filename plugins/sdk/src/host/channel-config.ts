import type { AnyChannelDefinition } from '../channel.types.js';
import { cloneJson, deletePath, getPath, isBag, setPath, stringLeaves } from './secret-path.util.js';

type AnyDefinition = AnyChannelDefinition;
type Bag = Record<string, unknown>;

/** What the API returns in place of a secret; sent back unchanged it means "keep the stored value". */
export const MASKED_SECRET = '********';

export interface ConfigIssue {
  /** Dotted, prefixed with `config.` so it points into the channel body the API received: `config.signing.secret`. */
  path: string;
  message: string;
}

export type ParsedChannelConfig = { ok: true; config: Bag; secrets: Bag } | { ok: false; issues: ConfigIssue[] };

/**
 * Validates raw config against the plugin's schema (defaults applied) and splits it: `config` without the
 * secret paths (stored as plain JSON) and `secrets` keyed by secret path (`{ "signing.secret": "..." }`),
 * which the host encrypts. `mergeSecrets` puts them back together.
 */
export function parseConfigWith(definition: AnyDefinition, input: unknown): ParsedChannelConfig {
  const result = definition.config.safeParse(input ?? {});
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({ path: ['config', ...issue.path.map(String)].join('.'), message: issue.message })),
    };
  }
  const config = cloneJson(result.data);
  const secrets: Bag = {};
  for (const path of definition.secrets) {
    const value = getPath(config, path);
    if (value === undefined) continue;
    secrets[path] = value;
    deletePath(config, path);
  }
  return { ok: true, config, secrets };
}

/** The full config a plugin needs: stored config plus decrypted secrets (by secret path). Inputs are not mutated. */
export function mergeSecrets(config: Bag, secrets: Bag): Bag {
  const merged = cloneJson(config);
  for (const [path, value] of Object.entries(secrets)) if (value !== undefined) setPath(merged, path, value);
  return merged;
}

/** Config safe to return from the API: secret values → "********" (a secret record keeps its keys, masks values). */
export function maskConfig(definition: Pick<AnyDefinition, 'secrets'>, config: Bag): Bag {
  const masked = cloneJson(config);
  for (const path of definition.secrets) {
    const value = getPath(masked, path);
    if (value === undefined || value === null) continue;
    setPath(masked, path, isBag(value) ? Object.fromEntries(Object.keys(value).map((key) => [key, MASKED_SECRET])) : MASKED_SECRET);
  }
  return masked;
}

/**
 * For updates: wherever the client sent "********" back for a secret, put the stored secret in its place
 * before parsing, so an edit that does not touch a secret keeps it.
 */
export function restoreMaskedSecrets(definition: Pick<AnyDefinition, 'secrets'>, input: Bag, storedSecrets: Bag): Bag {
  const restored = cloneJson(input);
  for (const path of definition.secrets) {
    const value = getPath(restored, path);
    const stored = storedSecrets[path];
    if (value === MASKED_SECRET) setPath(restored, path, stored);
    else if (isBag(value) && isBag(stored)) {
      for (const [key, item] of Object.entries(value)) if (item === MASKED_SECRET) value[key] = stored[key];
    }
  }
  return restored;
}

/** Every secret string in a full config: what the masking logger and error messages must never show. */
export function secretValues(definition: Pick<AnyDefinition, 'secrets'>, config: Bag): string[] {
  return definition.secrets.flatMap((path) => stringLeaves(getPath(config, path)));
}
