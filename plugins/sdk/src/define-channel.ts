import semver from 'semver';
import type { z } from 'zod';
import type { AnyChannelDefinition, ChannelDefinition } from './channel.types.js';
import { inputJsonSchema, schemasAtPath } from './config/json-schema.util.js';

export const CHANNEL_ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
const ESCAPE_MODES = ['none', 'html', 'slack_mrkdwn', 'markdown', 'json'];

/** A plugin that cannot be loaded; `problems` lists everything wrong at once so authors fix it in one go. */
export class ChannelDefinitionError extends Error {
  override name = 'ChannelDefinitionError';
  constructor(
    readonly pluginId: string,
    readonly problems: string[],
  ) {
    super(`Invalid channel plugin "${pluginId}": ${problems.join('; ')}`);
  }
}

/** Everything wrong with a definition (empty when valid). Also used by the host on plugins loaded from npm. */
export function validateChannelDefinition(definition: AnyChannelDefinition): string[] {
  // Typed input, but plugins from npm are plain JavaScript: check every field as if it were unknown.
  const d = definition as Partial<ChannelDefinition<Record<string, unknown>, unknown>>;
  const problems: string[] = [];
  if (typeof d.id !== 'string' || !CHANNEL_ID_PATTERN.test(d.id)) {
    problems.push(`id must match ${CHANNEL_ID_PATTERN} (lowercase letters, digits and "-", 2-41 characters)`);
  }
  if (typeof d.name !== 'string' || d.name.trim() === '') problems.push('name is required');
  if (typeof d.version !== 'string' || semver.valid(d.version) === null) problems.push(`version "${String(d.version)}" is not a semver version`);
  if (!ESCAPE_MODES.includes(d.escape as string)) problems.push(`escape must be one of ${ESCAPE_MODES.join(', ')}`);
  if (typeof d.format !== 'function') problems.push('format(message, config) is required');
  if (typeof d.send !== 'function') problems.push('send(payload, config, ctx) is required');
  if (d.validatePayload !== undefined && typeof d.validatePayload !== 'function') problems.push('validatePayload, when given, must be a function(payload) returning a list of problems');
  if (d.describeRequest !== undefined && typeof d.describeRequest !== 'function') problems.push('describeRequest, when given, must be a function(payload, config) returning the request preview');
  if (d.describeDestination !== undefined && typeof d.describeDestination !== 'function') problems.push('describeDestination, when given, must be a function(config) returning a masked description');
  if (!Array.isArray(d.secrets)) problems.push('secrets must be an array of config keys (may be empty)');
  // Duck-typed rather than instanceof: a plugin installed from npm may carry its own copy of zod 4.
  if (typeof d.config !== 'object' || d.config === null || !('_zod' in d.config)) {
    problems.push('config must be a zod 4 schema');
  } else if (Array.isArray(d.secrets)) {
    problems.push(...secretProblems(d.config, d.secrets));
  }
  return problems;
}

function secretProblems(config: z.ZodType, secrets: readonly string[]): string[] {
  let schema;
  try {
    schema = inputJsonSchema(config);
  } catch (error) {
    return [`config cannot be described as JSON Schema: ${(error as Error).message}`];
  }
  return secrets
    .filter((path) => typeof path !== 'string' || schemasAtPath(schema, path).length === 0)
    .map((path) => `secret "${String(path)}" is not a key of config`);
}

/**
 * Declares a channel plugin. Validates it when the module loads (id, semver version, secrets that exist in the
 * config schema, ...) so a broken plugin fails at start, not at the first delivery. Returns it unchanged, typed.
 */
export function defineChannel<Config extends Record<string, unknown>, Payload>(definition: ChannelDefinition<Config, Payload>): ChannelDefinition<Config, Payload> {
  const problems = validateChannelDefinition(definition);
  if (problems.length > 0) throw new ChannelDefinitionError(String((definition as { id?: unknown }).id), problems);
  return definition;
}
