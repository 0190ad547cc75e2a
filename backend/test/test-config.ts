import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/config.load.js';
import type { RuntimeConfig } from '../src/config/config.schema.js';

/** RuntimeConfig for in-process tests: the shared test database and Temporal server from the global setup. */
export function testRuntimeConfig(overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  const base = loadConfig({ LOG_LEVEL: 'silent' });
  return {
    ...base,
    DATABASE_URL: process.env.DATABASE_URL!,
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS!,
    SIGNALBOX_SECRET_KEY: randomBytes(32).toString('base64'),
    ...overrides,
  };
}
