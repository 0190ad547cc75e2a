import { ApplicationFailure } from '@temporalio/activity';
import { sendErrorKind } from '@signalbox/plugin-sdk';

export interface ClassifiedError {
  kind: 'retryable' | 'permanent' | 'gone';
  message: string;
  statusCode?: number;
  responseExcerpt?: string;
  retryAfterMs?: number;
}

const EXCERPT_MAX = 500;
export const excerpt = (text: string | undefined) => (text === undefined ? undefined : text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text);

/**
 * Plugins throw the SDK's RetryableError / PermanentError / GoneError (or their own subclasses). Matched by the
 * SDK's brand (a `Symbol.for` key), not by class identity or `name`: a plugin installed from npm may bring its own
 * copy of the SDK and name its subclasses as it likes. Anything else (a network error the plugin did not wrap,
 * a bug) is treated as retryable: the retry policy bounds it.
 */
export function classifySendError(err: unknown): ClassifiedError {
  const e = (err ?? {}) as { name?: string; message?: string; options?: { statusCode?: number; responseExcerpt?: string; retryAfterMs?: number } };
  const message = e.message ?? String(err);
  const statusCode = e.options?.statusCode;
  const responseExcerpt = excerpt(e.options?.responseExcerpt);
  const base = { message, ...(statusCode !== undefined ? { statusCode } : {}), ...(responseExcerpt !== undefined ? { responseExcerpt } : {}) };
  const kind = sendErrorKind(err);
  if (kind === 'gone') return { kind: 'gone', ...base };
  if (kind === 'permanent') return { kind: 'permanent', ...base };
  // A plugin's own template (webhook body, PagerDuty dedup key) that does not compile or is over its rendering
  // budget fails the same way for this event on every attempt: retrying would only repeat the work.
  if (e.name === 'TemplateRenderError' || e.name === 'TemplateSyntaxError') return { kind: 'permanent', ...base };
  const retryAfterMs = kind === 'retryable' ? e.options?.retryAfterMs : undefined;
  return { kind: 'retryable', ...base, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
}

/** Maps a classified error onto Temporal's retry machinery; `Retry-After` becomes the next retry's delay. */
export function toFailure(c: ClassifiedError): ApplicationFailure {
  if (c.kind !== 'retryable') return ApplicationFailure.create({ message: c.message, type: c.kind === 'gone' ? 'GoneError' : 'PermanentError', nonRetryable: true });
  return ApplicationFailure.create({
    message: c.message,
    type: 'RetryableError',
    // The platform asked for this delay, so honour it exactly. Also in `details`: the workflow sees those
    // (after a local first attempt), while nextRetryDelay is not decoded on the workflow side.
    ...(c.retryAfterMs !== undefined ? { nextRetryDelay: Math.max(0, Math.round(c.retryAfterMs)), details: [{ retryAfterMs: c.retryAfterMs }] } : {}),
  });
}
