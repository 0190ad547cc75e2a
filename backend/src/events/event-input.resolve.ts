import { randomUUID } from 'node:crypto';
import { eventInputSchema, type SignalboxEvent } from '@signalbox/route-model';
import type { ErrorIssue } from '../common/api-error.js';
import { formatPath, summarizeIssues, zodIssues } from '../common/zod-issues.format.js';

export type ResolvedEvent =
  | { ok: true; event: SignalboxEvent; idempotencyKey: string | null }
  | { ok: false; status: 400 | 413; message: string; issues: ErrorIssue[] };

interface ResolveOptions {
  maxEventBytes: number;
  /** The `Idempotency-Key` header (already validated), used as the id when the body has none. */
  idempotencyKey?: string;
  /** Where this event sits in the request, e.g. `['events', 3]`, so issues point at it. */
  at?: ReadonlyArray<PropertyKey>;
  now?: Date;
}

/** Size check, schema validation and defaults: the event exactly as it will be stored and routed. */
export function resolveEvent(raw: unknown, options: ResolveOptions): ResolvedEvent {
  const at = options.at ?? [];
  const bytes = Buffer.byteLength(JSON.stringify(raw) ?? '', 'utf8');
  if (bytes > options.maxEventBytes) {
    const message = `event is ${bytes} bytes; the limit is ${options.maxEventBytes} bytes (MAX_EVENT_BYTES)`;
    return { ok: false, status: 413, message: `Event too large: ${message}`, issues: [{ path: formatPath(at), message }] };
  }
  const parsed = eventInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error, at);
    return { ok: false, status: 400, message: summarizeIssues('event', issues), issues };
  }
  const input = parsed.data;
  const key = options.idempotencyKey;
  if (key && input.id && key !== input.id) {
    const message = `Idempotency-Key "${key}" differs from the body's id "${input.id}"; send one or make them equal`;
    return { ok: false, status: 400, message, issues: [{ path: 'Idempotency-Key', message }] };
  }
  const now = options.now ?? new Date();
  const event: SignalboxEvent = {
    id: input.id ?? key ?? randomUUID(),
    type: input.type,
    source: input.source,
    severity: input.severity,
    // Normalised to UTC so the stored row and the workflow input agree to the character.
    timestamp: input.timestamp ? new Date(input.timestamp).toISOString() : now.toISOString(),
    ...(input.subject !== undefined ? { subject: input.subject } : {}),
    data: input.data,
  };
  return { ok: true, event, idempotencyKey: key ?? null };
}
