// What the dev launcher (@signalbox/launcher, `npm start`) needs from the API: it runs the API in its own process
// on embedded defaults. The launcher depends on the backend, never the other way round, so the backend and its
// image carry none of the launcher's dependencies (embedded Postgres, the Temporal test server).
export { createApp } from './app.factory.js';
export { ConfigError, loadConfig } from './config/config.load.js';
export type { AppConfig, RuntimeConfig } from './config/config.schema.js';
export { prepareDatabase } from './database/database.prepare.js';
export { defaultUiDistDir } from './ui/ui.static.js';
