import { DEFAULT_TASK_QUEUE } from '@signalbox/route-model';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every environment variable the worker process reads. */
export const workerConfigSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default(DEFAULT_TASK_QUEUE),
  SIGNALBOX_SECRET_KEY: z
    .string({ error: 'is required' })
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)'),
  /** Not used yet: external plugins are loaded by a later change. */
  PLUGINS_DIR: z.string().min(1).optional(),
  // Off unless asked for: the SSRF guard then refuses private, loopback and metadata addresses. The embedded
  // `npm start` passes true for local receivers during development.
  ALLOW_PRIVATE_NETWORKS: bool.default(false),
  /** How long a send to a paused channel is held before it fails (seconds; default 24 h). */
  SIGNALBOX_HOLD_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().positive().default(86_400),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The worker's own GET /metrics; 0 turns it (and the SDK exporter below) off. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
  /** Events and deliveries older than this many days are deleted by the hourly retention schedule. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(30),
  /** Where the Temporal SDK's Prometheus exporter binds; the worker's /metrics includes what it serves. */
  TEMPORAL_METRICS_ADDRESS: z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port').default('127.0.0.1:9465'),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export class WorkerConfigError extends Error {}

/** The first problem becomes one line naming the variable. Blank values count as unset. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = workerConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new WorkerConfigError(`Invalid configuration: ${issue.path.join('.')} ${issue.message}`);
}
