import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.load.js';
import type { AppConfig, RuntimeConfig } from './config/config.schema.js';

// Production entry (docker-compose): every address comes from the environment. `npm start` uses embedded/launch.ts.
function runtimeConfig(): RuntimeConfig {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SIGNALBOX_SECRET_KEY'] as const) {
    if (!config[name]) {
      console.error(`Invalid configuration: ${name} is required when running the API on its own`);
      process.exit(1);
    }
  }
  return config as RuntimeConfig;
}

const config = runtimeConfig();
const app = await createApp(config);
await app.listen({ port: config.PORT, host: config.HOST });
