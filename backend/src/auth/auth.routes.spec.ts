import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.factory.js';
import { testRuntimeConfig } from '../../test/test-config.js';
import { createTestTenant } from '../../test/test-tenant.js';

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// What is meant to answer without a key. Everything else the router knows, today's routes and any added
// later, must demand one: the list below is the only way to be exempt from this test.
// Inbound hooks are public by design: the source's signature or path token authenticates them (backend/src/sources).
const PUBLIC_PATHS = [/^\/v1\/hooks\/:sourceId(\/:token)?$/, /^\/healthz$/, /^\/readyz$/, /^\/metrics$/, /^\/docs(\/.*)?$/, /^\/openapi\.(json|yaml)$/];

const fill = (path: string) => path.replace(/:id\b/g, '00000000-0000-4000-8000-000000000001').replace(/:version\b/g, '1');

const encodeChar = (c: string, upper = false) => {
  const hex = c.charCodeAt(0).toString(16);
  return `%${upper ? hex.toUpperCase() : hex}`;
};

/** Spellings of one path that a router, proxy or client might normalise differently. */
export function pathVariants(path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  const join = (s: string[]) => `/${s.join('/')}`;
  const last = segments.length - 1;
  return [
    path,
    join(segments.map((s) => encodeChar(s[0]!) + s.slice(1))), // /%761/channels
    join(segments.map((s) => [...s].map((c) => encodeChar(c, true)).join(''))), // every byte encoded, upper-case hex
    `/${path}`, // //v1/channels
    path.replace(/\/([^/]+)$/, '//$1'), // /v1//channels
    `${path}/`,
    `${path}//`,
    path.toUpperCase(),
    join([segments[0]!.toUpperCase(), ...segments.slice(1)]),
    join(['x', '..', ...segments]),
    join([...segments.slice(0, last), '.', segments[last]!]),
    join(['%2e%2e', ...segments]),
    join([segments[0]!, '..', ...segments]),
    `${path};x=1`,
    join([`${segments[0]!};x=1`, ...segments.slice(1)]),
    join(segments).replace(/\/([^/]+)$/, '%2f$1'),
    `${path}%00`,
    `${path}?apiKey=nothing`,
    `${path}#frag`,
  ];
}

describe('authentication is decided per handler, for every registered route', () => {
  let app: NestFastifyApplication;
  let apiKey: string;
  const routes: { method: Method; url: string }[] = [];
  let spaShell = '';

  beforeAll(async () => {
    // Many wrong keys from one address on purpose: the failed-auth budget is not what this file tests.
    app = await createApp(testRuntimeConfig({ RATE_LIMIT_AUTH_FAILURES: 0 }), {
      onRoute: (route) => {
        for (const method of [route.method].flat()) routes.push({ method: method as Method, url: route.url });
      },
    });
    await app.getHttpAdapter().getInstance().ready();
    ({ apiKey } = await createTestTenant(app.get<DataSource>(getDataSourceToken())));
    const shell = await app.inject({ method: 'GET', url: '/some/client/side/route' });
    if (shell.statusCode === 200) spaShell = shell.body;
  });
  afterAll(() => app?.close());

  // The built UI's files (and its client-side-route fallback) are static and public by nature.
  const isUi = (url: string) => url === '/' || url === '/*' || (!url.startsWith('/v1') && /\.[a-z0-9]+$/i.test(url));
  const isPublic = (url: string) => PUBLIC_PATHS.some((re) => re.test(url)) || isUi(url);
  const protectedRoutes = () => routes.filter((r) => !isPublic(r.url));

  it('finds the API in the router (the enumeration is real)', () => {
    const urls = protectedRoutes().map((r) => `${r.method} ${r.url}`);
    expect(urls).toContain('GET /v1/plugins');
    expect(urls).toContain('GET /v1/event-types');
    expect(urls).toContain('POST /v1/events');
    expect(urls).toContain('PATCH /v1/channels/:id');
    expect(urls.length).toBeGreaterThan(30);
  });

  it('answers 401 without a key and with a wrong key on every protected route, and lets a valid key through', async () => {
    for (const { method, url } of protectedRoutes()) {
      const path = fill(url);
      const none = await app.inject({ method, url: path });
      expect(none.statusCode, `${method} ${path} without a key`).toBe(401);
      const wrong = await app.inject({ method, url: path, headers: { authorization: 'Bearer sbx_wrong_key_0123456789abcdef' } });
      expect(wrong.statusCode, `${method} ${path} with a wrong key`).toBe(401);
      const good = await app.inject({ method, url: path, headers: { authorization: `Bearer ${apiKey}` } });
      expect(good.statusCode, `${method} ${path} with a valid key`).not.toBe(401);
    }
  });

  it('never serves a protected handler through an encoded or odd spelling of its path (401 or 404, never 200 or 500)', async () => {
    const failures: string[] = [];
    for (const { method, url } of protectedRoutes()) {
      for (const variant of pathVariants(fill(url))) {
        const res = await app.inject({ method, url: variant });
        // The UI's client-side-route fallback may answer an unknown path with its index.html; that is the
        // static shell, not an API handler.
        const isShell = res.statusCode === 200 && spaShell !== '' && (method === 'HEAD' || res.body === spaShell);
        if (![401, 404].includes(res.statusCode) && !isShell) failures.push(`${method} ${variant} → ${res.statusCode} ${res.body.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps the public handlers public', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect([200, 503]).toContain((await app.inject({ method: 'GET', url: '/readyz' })).statusCode);
    expect((await app.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/%68ealthz' })).statusCode).toBe(200);
  });
});
