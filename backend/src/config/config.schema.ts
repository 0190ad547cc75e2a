import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const bool = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).transform((v) => v === 'true' || v === '1');

/** Every environment variable Signalbox reads, validated once at start (see README's configuration table). */
export const configSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port').optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('signalbox-routes'),
  TEMPORAL_CLI_PATH: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  SIGNALBOX_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)')
    .optional(),
  SIGNALBOX_API_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  PLUGINS_DIR: z.string().min(1).optional(),
  /**
   * Channel test sends may reach loopback/private addresses (local receivers). Off by default: on a server it would
   * let anyone with an API key probe the internal network and cloud metadata. The embedded `npm start` turns it on
   * (and says so). The worker reads the same variable.
   */
  ALLOW_PRIVATE_NETWORKS: bool.default(false),
  /** Requests per API key per window, shared by all API replicas (Postgres); 0 turns the limit off. */
  RATE_LIMIT_KEY_REQUESTS: z.coerce.number().int().min(0).default(50_000),
  RATE_LIMIT_KEY_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(10),
  /** Wrong API keys per source address per window before that address gets 429s; 0 turns the limit off. */
  RATE_LIMIT_AUTH_FAILURES: z.coerce.number().int().min(0).default(30),
  RATE_LIMIT_AUTH_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(300),
  /**
   * Reverse proxies whose X-Forwarded-For is believed: comma-separated addresses/CIDRs or proxy-addr names
   * (loopback, linklocal, uniquelocal). Unset: the socket address is the client. Fastify ignores hop counts.
   */
  TRUST_PROXY: z.string().trim().min(1).optional(),
  UI_DIST_DIR: z.string().min(1).optional(),
  MAX_EVENT_BYTES: z.coerce.number().int().min(1_024).max(10 * 1024 * 1024).default(256 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EMBEDDED_POSTGRES_PORT: port.default(54329),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`; unset, it is open (see README). */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Base URL of a Temporal Web UI; the event page links each event's workflow there. `npm start` sets the embedded one. */
  TEMPORAL_UI_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
});

export type AppConfig = z.infer<typeof configSchema>;

/** The config once the embedded stack (or the environment) has supplied every address and key. */
export type RuntimeConfig = AppConfig & {
  DATABASE_URL: string;
  TEMPORAL_ADDRESS: string;
  SIGNALBOX_SECRET_KEY: string;
};
