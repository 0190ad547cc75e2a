import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import { LOG_TENANT, type LogTenantCarrier } from './tenant-log.interceptor.js';

/** Credentials that may reach a log line; pino replaces them with "[redacted]". */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'req.headers["webhook-signature"]',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-signature-256"]',
  'res.headers["set-cookie"]',
];

/**
 * pino-http settings shared by the API's request log: JSON on stdout, secrets redacted, the tenant (once the API key is checked) and the event or delivery id in the URL as fields of their own.
 */
export function httpLogOptions(level: string): Options {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Probes and scrapes every few seconds would drown the log.
    autoLogging: { ignore: (req) => /^\/(healthz|readyz|metrics)(\?|$)/.test(req.url ?? '') },
    customProps: (req: IncomingMessage, _res: ServerResponse) => idsOf(req),
    serializers: {
      // The default serializer copies every header; only the few worth reading stay.
      req: (req: { id: unknown; method: string; url: string; headers: Record<string, unknown> }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        userAgent: req.headers['user-agent'],
      }),
    },
  };
}

const EVENT_URL = /^\/v1\/events\/([^/?]+)/;
const DELIVERY_URL = /^\/v1\/deliveries\/([^/?]+)/;

function idsOf(req: IncomingMessage): Record<string, string> {
  const url = req.url ?? '';
  const eventId = EVENT_URL.exec(url)?.[1];
  const deliveryId = DELIVERY_URL.exec(url)?.[1];
  const tenantId = (req as IncomingMessage & LogTenantCarrier)[LOG_TENANT];
  return {
    ...(tenantId ? { tenantId } : {}),
    ...(eventId && eventId !== 'batch' ? { eventId: decodeURIComponent(eventId) } : {}),
    ...(deliveryId ? { deliveryId: decodeURIComponent(deliveryId) } : {}),
  };
}
