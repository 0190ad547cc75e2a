import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';

export interface SignalboxClientOptions {
  /** Where the API answers, e.g. `http://localhost:3000` (no trailing `/v1`: paths carry it). */
  baseUrl: string;
  /** A tenant API key; sent as `Authorization: Bearer <key>`. Omit it for a browser that adds auth itself. */
  apiKey?: string;
  /** Another fetch (tests, proxies, retries), called with one Request; defaults to the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

export type SignalboxClient = Client<paths, 'application/json'>;

/**
 * A typed client for every Signalbox operation: paths, parameters, bodies and responses come from the API's
 * OpenAPI document (`src/schema.ts`), so a call that does not fit the API does not compile.
 *
 * ```ts
 * const signalbox = createSignalboxClient({ baseUrl: 'http://localhost:3000', apiKey: process.env.SIGNALBOX_API_KEY });
 * const { data, error } = await signalbox.POST('/v1/events', { body: { type: 'disk.full', source: 'db-1', severity: 'high' } });
 * ```
 */
export function createSignalboxClient(options: SignalboxClientOptions): SignalboxClient {
  const client = createClient<paths, 'application/json'>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { Accept: 'application/json', ...options.headers },
    // Bound late so a fetch replaced after creation (test spies, polyfills) is the one used.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  if (options.apiKey) client.use(bearer(options.apiKey));
  return client;
}

function bearer(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${apiKey}`);
      return request;
    },
  };
}

/**
 * A fresh value for the `Idempotency-Key` header (POST /v1/events, replays, resends). Generate it once per
 * logical send and reuse it on every retry: the API answers a repeat with the first answer instead of acting twice.
 */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
