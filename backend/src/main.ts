import { createApp } from './app.factory.js';
import { loadConfig } from './config/config.load.js';
import type { RuntimeConfig } from './config/config.schema.js';

// Production entry (docker-compose): every address comes from the environment. `npm start` uses embedded/launch.ts.
const config = loadConfig();
for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SIGNALBOX_SECRET_KEY'] as const) {
  if (!config[name]) {
    console.error(`Invalid configuration: ${name} is required when running the API on its own`);
    process.exit(1);
  }
}
const app = await createApp(config as RuntimeConfig);
await app.listen({ port: config.PORT, host: config.HOST });
