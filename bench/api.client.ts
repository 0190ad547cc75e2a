import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

/** Wall-clock milliseconds with sub-ms resolution, comparable across processes on this machine. */
export const now = () => performance.timeOrigin + performance.now();

/** A keep-alive connection pool to the API, with the bench's API key. */
export class ApiClient {
  readonly pool: Pool;

  constructor(
    readonly origin: string,
    private readonly apiKey: string,
    connections = 64,
  ) {
    this.pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
  }

  async request(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const res = await this.pool.request({
      method,
      path,
      headers: { authorization: `Bearer ${this.apiKey}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.body.text();
    return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
  }

  async expect(status: number, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<Record<string, unknown>> {
    const res = await this.request(method, path, body);
    if (res.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${res.status}: ${JSON.stringify(res.json)}`);
    return res.json as Record<string, unknown>;
  }

  async waitHealthy(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        if ((await this.request('GET', '/readyz')).status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('API never became ready');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
