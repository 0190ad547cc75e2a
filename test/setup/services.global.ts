import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import pg from 'pg';
import { createDataSource } from '../../libs/db/src/index.js';
import { startTemporalDevServer } from '../../launcher/src/temporal-dev-server.js';
import { bundlerOptions, workflowsEntry } from '../../temporal/src/workflow.bundle.js';

/**
 * Runs once per `vitest run`: one Temporal dev server, one freshly migrated database and one workflow bundle
 * shared by every test file (tests isolate themselves by tenant). Addresses reach the test workers via env.
 */
export default async function setup() {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const database = `signalbox_test_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();

  const dataSource = createDataSource({ url: process.env.DATABASE_URL, poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  const [temporal, bundle] = await Promise.all([startTemporalDevServer(), bundleWorkflows()]);
  process.env.TEMPORAL_ADDRESS = temporal.address;
  process.env.TEST_WORKFLOW_BUNDLE = bundle;

  return async () => {
    await temporal.stop();
    await rm(bundle, { force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  };
}

/**
 * The workflow sources, bundled once from this checkout: every file that starts a worker would otherwise run
 * webpack itself (10–40 s each on a 2-core machine, two dozen files).
 */
async function bundleWorkflows(): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: workflowsEntry(), logger: new DefaultLogger('WARN'), ...bundlerOptions });
  const path = join(tmpdir(), `signalbox-test-workflows-${randomBytes(4).toString('hex')}.js`);
  await writeFile(path, code);
  return path;
}
