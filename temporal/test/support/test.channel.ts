import { defineChannel, GoneError, PermanentError, RetryableError } from '@signalbox/plugin-sdk';
import type { EscapeMode } from '@signalbox/route-model';
import { z } from 'zod';

/**
 * A minimal channel for the worker's own tests (independent of the real webhook plugin): POSTs the
 * neutral message as JSON with the idempotency key as `webhook-id`, and maps statuses like a real plugin.
 */
export const testChannel = (id: string, escape: EscapeMode) =>
  defineChannel({
    id,
    name: `Test ${id}`,
    version: '1.0.0',
    config: z.object({ url: z.string().url(), token: z.string().optional() }),
    secrets: ['token'],
    escape,
    format: (message) => ({ title: message.title, body: message.body, severity: message.severity, fields: message.fields }),
    async send(payload, config, ctx) {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'webhook-id': ctx.idempotencyKey };
      if (config.token) headers.authorization = `Bearer ${config.token}`;
      const res = await ctx.http.request(config.url, { method: 'POST', headers, body: JSON.stringify(payload) });
      if (res.status >= 200 && res.status < 300) return { statusCode: res.status, responseExcerpt: res.body };
      const opts = { statusCode: res.status, responseExcerpt: res.body };
      if (res.status === 410) throw new GoneError(`HTTP ${res.status}`, opts);
      if (res.status === 429 || res.status >= 500) {
        const after = Number(res.headers['retry-after']);
        throw new RetryableError(`HTTP ${res.status}`, { ...opts, ...(Number.isFinite(after) ? { retryAfterMs: after * 1000 } : {}) });
      }
      throw new PermanentError(`HTTP ${res.status}`, opts);
    },
  });
