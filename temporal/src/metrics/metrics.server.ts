import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

export interface MetricsServerOptions {
  port: number;
  host?: string;
  registry: Registry;
  /** The Temporal SDK's own Prometheus exporter (`host:port`), appended to every scrape so one target has both. */
  sdkMetricsAddress?: string;
  logger: Logger;
}

/**
 * The worker's `GET /metrics`: Signalbox's counters plus the Temporal SDK's worker metrics. A port that
 * is taken is logged and skipped, never fatal: losing metrics must not stop deliveries.
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<Server | undefined> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the worker serves GET /metrics only\n');
      return;
    }
    void scrape(options).then(
      (body) => res.writeHead(200, { 'content-type': options.registry.contentType, 'cache-control': 'no-store' }).end(body),
      (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics unavailable: ${error.message}\n`),
    );
  });
  return new Promise((resolve) => {
    server.once('error', (error) => {
      options.logger.error({ err: error, port: options.port }, 'worker metrics server not started');
      resolve(undefined);
    });
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      options.logger.info({ port: options.port }, 'worker metrics on /metrics');
      resolve(server);
    });
  });
}

async function scrape(options: MetricsServerOptions): Promise<string> {
  const own = await options.registry.metrics();
  if (!options.sdkMetricsAddress) return own;
  try {
    const res = await fetch(`http://${options.sdkMetricsAddress}/metrics`, { signal: AbortSignal.timeout(2_000) });
    return `${own}\n${await res.text()}`;
  } catch {
    // The SDK exporter starts with the first connection; until then our own series are still worth serving.
    return own;
  }
}
