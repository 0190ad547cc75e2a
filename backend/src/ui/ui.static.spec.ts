import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.factory.js';
import { testRuntimeConfig } from '../../test/test-config.js';

describe('built UI on the API port', () => {
  let app: NestFastifyApplication;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'signalbox-ui-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    app = await createApp(testRuntimeConfig({ UI_DIST_DIR: dist }));
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves index.html at / and for client-side routes', async () => {
    for (const url of ['/', '/routes/42/edit', '/deliveries?status=failed']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('<div id="root">');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves fingerprinted assets with a long cache, and 404s missing files', async () => {
    const asset = await get('/assets/app-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await get('/assets/missing.js')).statusCode).toBe(404);
  });

  it('never shadows the API', async () => {
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    for (const url of ['/v1/does-not-exist', '/readyz/x', '/openapi.json/x', '/docs/x']) {
      expect((await get(url)).body, url).not.toContain('<div id="root">');
    }
  });
});
