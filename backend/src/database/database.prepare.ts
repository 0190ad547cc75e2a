import { createDataSource } from '@signalbox/db';
import { ensureBootstrapTenant } from '../auth/bootstrap-tenant.js';

/**
 * Applies pending migrations and, given an API key, makes sure it belongs to a tenant.
 * Used by `npm start` and by `node backend/dist/main.js migrate` (the compose `migrate` job).
 */
export async function prepareDatabase(url: string, apiKey: string | undefined): Promise<void> {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'signalbox-migrate' });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    if (apiKey) await ensureBootstrapTenant(dataSource, apiKey);
  } finally {
    await dataSource.destroy();
  }
}
