import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.load.js';
import type { AppConfig, RuntimeConfig } from './config/config.schema.js';
import { prepareDatabase } from './database/database.prepare.js';

// Production entry (docker-compose): every address comes from the environment. `npm start` runs the launcher package (launcher/src/launch.ts).
//   node backend/dist/main.js           serve the API
//   node backend/dist/main.js migrate   apply migrations (+ bootstrap tenant for SIGNALBOX_API_KEY), then exit
const command = process.argv[2] ?? 'serve';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function runtimeConfig(required: readonly (keyof RuntimeConfig)[]): RuntimeConfig {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    fail(error.message);
  }
  for (const name of required) {
    if (!config[name]) fail(`Invalid configuration: ${name} is required when running the API on its own`);
  }
  return config as RuntimeConfig;
}

if (command === 'migrate') {
  const config = runtimeConfig(['DATABASE_URL']);
  await prepareDatabase(config.DATABASE_URL, config.SIGNALBOX_API_KEY).catch((error: Error) => fail(`Migration failed: ${error.message}`));
  console.log('migrations applied');
} else if (command === 'serve') {
  const config = runtimeConfig(['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SIGNALBOX_SECRET_KEY']);
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  // Printed whatever LOG_LEVEL says (like the worker's "worker ready"): supervisors and scripts wait for it.
  console.log(`api listening on http://${config.HOST}:${config.PORT}`);
} else {
  fail(`Unknown command "${command}": use serve (default) or migrate`);
}
