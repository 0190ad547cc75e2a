import { configSchema, type AppConfig } from './config.schema.js';

export class ConfigError extends Error {}

/** Parses the environment; the first problem becomes one line naming the variable and why. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = configSchema.safeParse(blanksRemoved);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigError(`Invalid configuration: ${issue.path.join('.')} ${issue.message}`);
}
