import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Paths the API owns: the SPA fallback must never answer these with index.html. */
export const API_PREFIXES = ['/v1', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

/** frontend/dist next to this file in the monorepo (same depth from backend/src and backend/dist). */
export const defaultUiDistDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../frontend/dist');

const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Serves the built UI (`vite build` output) on the API's port, with client-side routes falling back
 * to index.html. Skipped when there is no build (docker-compose serves the UI from nginx instead).
 * Returns whether the UI is served.
 */
export async function registerUi(app: NestFastifyApplication, distDir: string = defaultUiDistDir): Promise<boolean> {
  if (!existsSync(resolve(distDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    // Explicit routes for the files that exist, so the catch-all below can own every other path.
    wildcard: false,
    setHeaders: (reply, path) => {
      // Vite fingerprints everything under assets/; index.html must be revalidated to pick up a new build.
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    // API paths and missing files (anything with an extension) stay 404s from the API's handler.
    if (isApiPath(path) || extname(path) !== '') return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
