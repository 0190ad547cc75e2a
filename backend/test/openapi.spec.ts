import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('serves /openapi.json with every /v1 endpoint described, bodies documented and API-key security', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.components.securitySchemes).toMatchObject({ bearer: { type: 'http', scheme: 'bearer' }, apiKey: { type: 'apiKey', name: 'X-API-Key' } });
    const operations = Object.entries(doc.paths as Record<string, Record<string, { summary?: string; responses: object }>>)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThanOrEqual(25);
    for (const { path, method, op } of operations) expect(op.summary, `${method} ${path}`).toBeTruthy();
    const ingest = doc.paths['/v1/events'].post;
    expect(ingest.requestBody.content['application/json'].schema.properties.severity.enum).toEqual(['critical', 'high', 'warning', 'info']);
    expect(ingest.responses['202'].content['application/json'].schema.properties.matchedRoutes).toBeDefined();
    expect(ingest.responses['400'].content['application/json'].schema.properties.issues).toBeDefined();
  });

  // The e2e contract test checks every operation's real responses against the served document; this makes that
  // document the one @signalbox/api-client is generated from, so the client's types are what the API answers.
  it('serves the very document committed in libs/api-client/openapi.json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    const committed = JSON.parse(await readFile(new URL('../../libs/api-client/openapi.json', import.meta.url), 'utf8')) as unknown;
    expect(res.json(), 'run npm run api:generate').toEqual(committed);
  });

  it('serves Swagger UI at /docs without an API key', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Swagger UI');
  });
});
