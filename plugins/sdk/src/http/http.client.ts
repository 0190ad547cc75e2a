import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import type { HttpClient, HttpResponse } from '../channel.types.js';
import { PermanentError, RetryableError } from '../errors.js';
import { assertAllowedAddress, BlockedAddressError, createGuardedLookup, type Resolver } from './address.guard.js';
import { createAddressResolver } from './address.resolve.js';
import { readCapped } from './body.read.js';

export interface HttpClientOptions {
  /** Per-request budget for connect + headers + body; a request may lower it with `init.timeoutMs`. */
  timeoutMs?: number;
  /** Bytes of response body kept; the rest is not read (a hostile endpoint cannot exhaust memory). */
  maxResponseBytes?: number;
  /** Dev/test escape hatch: allow loopback, private, link-local ... destinations. Off in production. */
  allowPrivateNetworks?: boolean;
  /** Name resolution behind the guard (default dns.lookup); tests resolve names without real DNS. */
  resolve?: Resolver;
}

export interface ClosableHttpClient extends HttpClient {
  /** Closes pooled keep-alive connections (worker shutdown, tests). */
  close(): Promise<void>;
}

/** Walks `cause` chains: undici wraps socket errors, and the guard's error is thrown from inside lookup. */
function findCause<T>(error: unknown, type: new (...args: never[]) => T): T | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof type) return current;
  }
  return undefined;
}

function parseTarget(url: string, allowPrivateNetworks: boolean): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new PermanentError('invalid URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new PermanentError(`unsupported URL scheme "${target.protocol}" (only http and https)`);
  // IP literals never reach `lookup`, so they are checked here; hostnames are checked when resolved.
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivateNetworks && isIP(host) !== 0) {
    try {
      assertAllowedAddress(host);
    } catch (error) {
      throw new PermanentError((error as Error).message);
    }
  }
  // Every channel's request carries a credential (a token in the URL, an auth header, a routing key, a signature),
  // so it is never sent in clear text over a network we do not control. Plain http stays possible for local
  // receivers, which exist only where private networks are allowed.
  if (target.protocol === 'http:' && !allowPrivateNetworks) {
    throw new PermanentError(`plain http to ${target.host} is refused: use an https URL (http is only allowed to local receivers, with ALLOW_PRIVATE_NETWORKS=true)`);
  }
  return target;
}

/**
 * The HttpClient the host hands to plugins as ctx.http: one keep-alive undici Agent per client, a timeout
 * per request, a response size cap, no redirects followed, and the SSRF guard applied at connect time.
 * Network failures and timeouts become RetryableError; a refused destination becomes PermanentError.
 */
export function createHttpClient(options: HttpClientOptions = {}): ClosableHttpClient {
  const { timeoutMs = 10_000, maxResponseBytes = 64 * 1024, allowPrivateNetworks = false, resolve } = options;
  const agent = new Agent({
    keepAliveTimeout: 30_000,
    connect: allowPrivateNetworks ? (resolve ? { lookup: resolve as never } : {}) : { lookup: createGuardedLookup(resolve) },
  });

  async function send(url: string, init: Parameters<HttpClient['request']>[1]): Promise<HttpResponse> {
    const target = parseTarget(url, allowPrivateNetworks);
    const budget = init.timeoutMs ?? timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('timeout')), budget);
    try {
      const res = await request(target, {
        dispatcher: agent,
        method: (init.method ?? 'GET').toUpperCase(),
        headers: init.headers,
        body: init.body,
        signal: controller.signal,
      });
      const { body, truncated } = await readCapped(res.body, maxResponseBytes);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      return { status: res.statusCode, headers, body, truncated };
    } catch (error) {
      if (error instanceof PermanentError || error instanceof RetryableError) throw error;
      if (controller.signal.aborted) throw new RetryableError(`timeout after ${budget} ms waiting for ${target.host}`);
      const blocked = findCause(error, BlockedAddressError);
      if (blocked) throw new PermanentError(`${target.hostname}: ${blocked.message}`);
      const code = (error as { code?: string }).code;
      throw new RetryableError(`request to ${target.host} failed: ${code ? `${code} ` : ''}${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  const resolveAddress = createAddressResolver({
    allowPrivateNetworks,
    ...(resolve ? { lookup: (host: string) => new Promise((ok, fail) => resolve(host, { all: true }, (error, addresses) => (error ? fail(error) : ok(addresses)))) } : {}),
  });
  return { request: send, resolveAddress, close: () => agent.close() };
}
